/**
 * The demo seed on a real database: it runs once (it creates the fixed slugs demo, outdoor and
 * studio) and every test checks an invariant of what it wrote — rollups equal raw events,
 * every sale has its commissions at the right rate, balances add up, nothing was approved
 * before its hold.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "~/server/auth/demo";
import { enrollments, programs, users } from "~/server/db/schema/index";
import { balanceOf } from "~/server/services/ledger/balances";
import { seedDemo } from "~/server/seed/demo";
import { db } from "../../support/db";

process.env.TRACKING_SECRET ??= "integration-test-tracking-secret";

let summary: Awaited<ReturnType<typeof seedDemo>>;
let programId: string;
let seededAt: Date;

const rows = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => [
  ...(await db.execute<T>(query)),
];

beforeAll(async () => {
  seededAt = new Date();
  const started = performance.now();
  summary = await seedDemo(db);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`demo seed took ${seconds} s`, summary.activity);
  const [program] = await db.select().from(programs).where(eq(programs.slug, "demo"));
  programId = program!.id;
}, 300_000);

describe("demo seed", () => {
  it("writes a lively program of realistic size", () => {
    const { activity } = summary;
    expect(activity.clicks).toBeGreaterThan(200_000);
    expect(activity.clicks).toBeLessThan(500_000);
    expect(activity.impressions).toBeGreaterThan(0);
    expect(activity.conversions).toBeGreaterThan(1_500);
    expect(activity.conversions).toBeLessThan(3_000);
    expect(activity.refunds).toBeGreaterThan(20);
    expect(activity.payouts).toBeGreaterThan(5);
  });

  it("builds rollups equal to the raw clicks and impressions, per partner", async () => {
    // Per partner, the raw counts and both rollups' sums side by side: all three must agree.
    const mismatches = await rows(sql`
      with counted as (
        select 'raw' as source, enrollment_id, 1 as clicks, is_unique::int as uniq,
          (is_unique and billable)::int as paid, 0 as views, 0 as paid_views
        from clicks where program_id = ${programId}
        union all
        select 'raw', enrollment_id, 0, 0, 0, 1, billable::int
        from impressions where program_id = ${programId}
        union all
        select 'daily', enrollment_id, clicks, unique_clicks, paid_clicks, impressions, paid_impressions
        from stats_daily where program_id = ${programId}
        union all
        select 'hourly', enrollment_id, clicks, unique_clicks, paid_clicks, impressions, paid_impressions
        from stats_hourly where program_id = ${programId}
      ), totals as (
        select source, enrollment_id, sum(clicks) c, sum(uniq) u, sum(paid) p, sum(views) v,
          sum(paid_views) pv
        from counted group by 1, 2
      )
      select enrollment_id, count(distinct (c, u, p, v, pv))::int as versions,
        count(*)::int as sources
      from totals where (c, u, p, v, pv) <> (0, 0, 0, 0, 0)
      group by 1 having count(distinct (c, u, p, v, pv)) > 1 or count(*) <> 3`);
    expect(mismatches).toEqual([]);
    const [partners] = await rows<{ n: number }>(sql`
      select count(distinct enrollment_id)::int as n from stats_daily
      where program_id = ${programId} and clicks > 0`);
    expect(partners!.n).toBeGreaterThan(200);
  });

  it("gives every attributed sale its commission at the rule's rate, with overrides upline", async () => {
    const [sales] = await rows<{
      attributed: number;
      missing: number;
      wrong: number;
      overrides: number;
    }>(sql`
      with sale as (
        select c.id, c.amount, c.enrollment_id, e.tier_key, c.metadata->>'category' as category
        from conversions c join enrollments e on e.id = c.enrollment_id
        where c.program_id = ${programId} and c.type = 'sale'
          -- A tier set later (the demo's partner notes) applies to later sales only.
          and not exists (select 1 from audit_log a
            where a.action = 'enrollment.tierSet' and a.target_id = e.id::text)
      ), own as (
        select s.*, l.amount as commission,
          (s.amount * (case when s.category = 'software' then 1200
            else 800 + case s.tier_key when 'gold' then 200 when 'silver' then 100 else 0 end end)
            + 5000) / 10000 as expected
        from sale s left join ledger_entries l
          on l.conversion_id = s.id and l.kind = 'commission' and l.level = 0
      )
      select count(*)::int as attributed,
        count(*) filter (where commission is null)::int as missing,
        count(*) filter (where commission <> expected)::int as wrong,
        (select count(*)::int from ledger_entries
          where program_id = ${programId} and kind = 'override') as overrides
      from own`);
    expect(sales!.attributed).toBeGreaterThan(1_000);
    expect(sales!.missing).toBe(0);
    expect(sales!.wrong).toBe(0);
    expect(sales!.overrides).toBeGreaterThan(10);
  });

  it("never approves an entry before its hold or while its conversion is under review", async () => {
    const [early] = await rows<{ n: number; held: number; clawbacks: number; flagged: number }>(sql`
      select
        count(*) filter (where l.status <> 'pending' and l.hold_until > ${seededAt.toISOString()}::timestamptz)::int as n,
        count(*) filter (where l.status <> 'pending' and c.review_status = 'flagged')::int as held,
        count(*) filter (where l.kind = 'clawback')::int as clawbacks,
        (select count(*)::int from conversions
          where program_id = ${programId} and review_status = 'flagged') as flagged
      from ledger_entries l left join conversions c on c.id = l.conversion_id
      where l.program_id = ${programId}`);
    expect(early!.n).toBe(0);
    expect(early!.held).toBe(0);
    expect(early!.clawbacks).toBeGreaterThan(0);
    expect(early!.flagged).toBeGreaterThanOrEqual(3);
  });

  it("keeps the demo partner's balance equal to their entries and payouts", async () => {
    const [demo] = await db
      .select({ id: enrollments.id })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(and(eq(enrollments.programId, programId), eq(users.email, DEMO_USERS.partner)));
    const [sums] = await rows<
      Record<"pending" | "held" | "available" | "inPayout" | "paid" | "paidOut" | "open", string>
    >(sql`
      select
        coalesce(sum(amount) filter (where status = 'pending'), 0)::text as pending,
        coalesce(sum(amount) filter (where status = 'pending' and conversion_id in (
          select id from conversions where review_status = 'flagged')), 0)::text as held,
        coalesce(sum(amount) filter (where status = 'approved' and payout_id is null), 0)::text as available,
        coalesce(sum(amount) filter (where status = 'approved' and payout_id is not null), 0)::text as "inPayout",
        coalesce(sum(amount) filter (where status = 'paid'), 0)::text as paid,
        (select coalesce(sum(amount), 0)::text from payouts
          where enrollment_id = ${demo!.id} and status = 'paid') as "paidOut",
        (select coalesce(sum(amount), 0)::text from payouts
          where enrollment_id = ${demo!.id} and status = 'requested') as open
      from ledger_entries where enrollment_id = ${demo!.id}`);
    const balance = await balanceOf(db, { id: demo!.id, currency: "USD" });
    expect(balance).toEqual({
      pending: BigInt(sums!.pending),
      held: BigInt(sums!.held),
      available: BigInt(sums!.available),
      inPayout: BigInt(sums!.inPayout),
      paid: BigInt(sums!.paid),
    });
    expect(balance.paid).toBe(BigInt(sums!.paidOut));
    expect(balance.inPayout).toBe(BigInt(sums!.open));
    expect(balance.paid).toBeGreaterThan(0n);
    expect(balance.pending).toBeGreaterThan(0n);
    expect(balance.available).toBeGreaterThanOrEqual(5_000n);
  });
});
