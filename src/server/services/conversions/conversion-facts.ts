import { sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import type { Program } from "../program";
import type { ConversionInput } from "./conversion-input";
import { parseFacts, type ConversionFacts, type RawFacts } from "./conversion-facts-parse";
import { CLICK_BURST_WINDOW_MS } from "./fraud-signals";
import { DAY_MS } from "~/lib/dates";

/**
 * Reads, in one round trip, what recordConversion needs: the idempotency pre-check, the
 * attribution (an enabled promo code wins, else the click in the cookie window), the fraud
 * counts, the first-purchase fact, the upline (at most `depth` levels, same program, a referral
 * cycle ends the walk) and the rules with the partner's tier bonus (tiers, by the partner's
 * tier key: a sub-select here, not another round trip). Read committed; the unique index still decides
 * idempotency races at insert time.
 */
export async function loadConversionFacts(
  db: Db,
  program: Program,
  input: Pick<ConversionInput, "type" | "external_id" | "promo_code" | "click_id">,
  occurredAt: Date,
  customerHash: string | null,
): Promise<ConversionFacts> {
  const windowStart = new Date(occurredAt.getTime() - program.cookieWindowDays * DAY_MS);
  const depth = input.type === "sale" ? program.overrideBps.length : 0;
  const firstPurchaseOf = input.type === "sale" ? customerHash : null;
  const [row] = await executePrepared<{ facts: string }>(
    db,
    sql`
    with recursive promo as (
      select p.id as promo_code_id, e.id, e.status, e.tier_key, e.referred_by_id, u.email,
        (select t.rate_bonus_bps from tiers t
          where t.program_id = e.program_id and t.key = e.tier_key) as tier_bonus_bps
      from promo_codes p
      join enrollments e on e.id = p.enrollment_id
      join users u on u.id = e.partner_id
      where p.program_id = ${program.id}::uuid
        and p.code = ${input.promo_code?.toUpperCase() ?? null}::text
        and p.disabled_at is null
      limit 1
    ), click as (
      select k.id as click_id, k.occurred_at, k.ip_hash, k.billable, k.link_id, k.sub_id,
        l.disabled_at is not null as link_disabled,
        e.id, e.status, e.tier_key, e.referred_by_id, u.email,
        (select t.rate_bonus_bps from tiers t
          where t.program_id = e.program_id and t.key = e.tier_key) as tier_bonus_bps
      from clicks k
      join enrollments e on e.id = k.enrollment_id
      join users u on u.id = e.partner_id
      left join links l on l.id = k.link_id
      where k.id = ${input.click_id ?? null}::text and k.program_id = ${program.id}::uuid
        and k.occurred_at between ${windowStart.toISOString()}::timestamptz
          and ${occurredAt.toISOString()}::timestamptz
        and not exists (select 1 from promo)
      limit 1
    ), attributed as (
      select id, referred_by_id from promo union all select id, referred_by_id from click
    ), upline as (
      -- Lateral (LIMIT keeps them from being flattened into a join): one primary key probe per
      -- level, never a scan of the program's enrollments.
      select 1 as depth, e.id, e.status, e.referred_by_id, e.email, array[a.id, e.id] as seen
      from attributed a
      cross join lateral (
        select e.id, e.status, e.referred_by_id, u.email
        from enrollments e join users u on u.id = e.partner_id
        where e.id = a.referred_by_id and e.program_id = ${program.id}::uuid
        limit 1
      ) e
      where e.id <> a.id and ${depth}::int > 0
      union all
      select up.depth + 1, e.id, e.status, e.referred_by_id, e.email, up.seen || e.id
      from upline up
      cross join lateral (
        select e.id, e.status, e.referred_by_id, u.email
        from enrollments e join users u on u.id = e.partner_id
        where e.id = up.referred_by_id and e.program_id = ${program.id}::uuid
        limit 1
      ) e
      where up.depth < ${depth}::int and e.id <> all(up.seen)
    )
    select json_build_object(
      'existing', (
        select json_build_object(
          'id', c.id, 'type', c.type, 'actionKey', c.action_key, 'externalId', c.external_id,
          'amount', c.amount::text, 'currency', c.currency,
          'occurredMs', floor(extract(epoch from c.occurred_at) * 1000),
          'attribution', c.attribution, 'enrollmentId', c.enrollment_id, 'clickId', c.click_id,
          'reviewStatus', c.review_status, 'fraudFlags', c.fraud_flags,
          'requestHash', c.request_hash,
          'entries', (
            select coalesce(json_agg(json_build_object('enrollmentId', l.enrollment_id,
              'level', l.level, 'amount', l.amount::text, 'status', l.status) order by l.level), '[]')
            from ledger_entries l
            where l.conversion_id = c.id and l.kind in ('commission', 'override')))
        from conversions c
        where c.program_id = ${program.id}::uuid and c.type = ${input.type}::conversion_type
          and c.external_id = ${input.external_id}::text
        -- The unique index's order: a generic plan made while the table was small (costs tied)
        -- once took the customer index here and scanned every conversion of the program.
        order by c.program_id, c.type, c.external_id
        limit 1),
      'promo', (select row_to_json(p) from promo p),
      'click', (
        select json_build_object('id', k.click_id,
          'occurredMs', floor(extract(epoch from k.occurred_at) * 1000), 'ipHash', k.ip_hash,
          'billable', k.billable, 'linkId', k.link_id, 'subId', k.sub_id,
          'linkDisabled', k.link_disabled,
          'enrollment', json_build_object('id', k.id, 'status', k.status,
            'tier_key', k.tier_key, 'tier_bonus_bps', k.tier_bonus_bps,
            'referred_by_id', k.referred_by_id, 'email', k.email),
          'sourceClicks', (
            select count(*) from clicks s
            where s.program_id = ${program.id}::uuid and s.ip_hash = k.ip_hash
              and s.occurred_at between k.occurred_at - ${CLICK_BURST_WINDOW_MS}::int * interval '1 millisecond'
                and k.occurred_at))
        from click k),
      'upline', (
        select coalesce(json_agg(json_build_object('enrollmentId', id,
          'approved', status = 'approved', 'email', email) order by depth), '[]')
        from upline),
      'firstPurchase', not exists (
        select 1 from conversions f
        where f.program_id = ${program.id}::uuid and f.customer_hash = ${firstPurchaseOf}::text
          and f.type = 'sale' and f.occurred_at < ${occurredAt.toISOString()}::timestamptz),
      'rules', (
        select coalesce(json_agg(json_build_object('id', r.id, 'event', r.event,
          'basis', r.basis, 'rateBps', r.rate_bps, 'amount', r.amount::text,
          'conditions', r.conditions, 'tierBonusBps', r.tier_bonus_bps, 'cap', r.cap::text,
          'priority', r.priority, 'active', r.active) order by r.created_at, r.id), '[]')
        from commission_rules r
        where r.program_id = ${program.id}::uuid and r.event::text = ${input.type}::text
          and r.active)
    )::text as facts`,
  );
  return parseFacts(JSON.parse(row!.facts) as RawFacts);
}
