import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import type { PartnerRecipient } from "./partner-facts";
import type { DigestPeriod } from "./period";

export type RecipientQuery = {
  period: DigestPeriod;
  zones: readonly string[];
  /** Keyset cursor: the last id of the previous page. */
  after: string | null;
  limit: number;
  /** Restricts a run to some programs (tests, the command line); all when absent. */
  programIds?: readonly string[];
};

const texts = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
const ANY = "00000000-0000-0000-0000-000000000000";

const programFilter = (column: string, ids: readonly string[] | undefined) =>
  ids ? sql`and ${sql.raw(column)} = any(${`{${ids.join(",")}}`}::uuid[])` : sql``;

/**
 * The rest of a due-recipients query: after the keyset cursor, in a due zone, not yet served
 * for the period (digest_sends keys are "<kind>:<id>"), in the run's programs; a page of them.
 * Column names are constants of this file, never input.
 */
const dueAndPaged = (q: RecipientQuery, columns: DueColumns) => {
  const id = sql.raw(columns.id);
  return sql`${id} > ${q.after ?? ANY}::uuid
      and ${sql.raw(columns.zone)} = any(${texts(q.zones)}::text[])
      and not exists (select 1 from digest_sends d
        where d.recipient_key = '${sql.raw(columns.keyPrefix)}:' || ${id}
          and d.period = ${q.period.key})
      ${programFilter(columns.program, q.programIds)}
    order by ${id} limit ${q.limit}`;
};
type DueColumns = { id: string; zone: string; program: string; keyPrefix: string };
const PARTNER_COLUMNS: DueColumns = {
  id: "e.id",
  zone: "u.time_zone",
  program: "e.program_id",
  keyPrefix: "partner",
};
const SUBSCRIBER_COLUMNS: DueColumns = {
  id: "s.id",
  zone: "s.time_zone",
  program: "s.program_id",
  keyPrefix: "subscriber",
};

/** The time zones recipients live in: few distinct values, each checked against the clock. */
export async function recipientZones(db: Executor): Promise<string[]> {
  const rows = await executePrepared<{ zone: string }>(
    db,
    sql`
    select distinct u.time_zone as zone from users u
    where exists (select 1 from enrollments e where e.partner_id = u.id and e.status = 'approved')
    union
    select distinct time_zone from subscribers where status = 'confirmed'`,
  );
  return rows.map((r) => r.zone);
}

/**
 * Approved enrollments whose partner chose this digest's frequency (no preference row: weekly),
 * lives in one of the due zones and has no digest_sends row for the period yet.
 */
export async function duePartners(db: Executor, q: RecipientQuery): Promise<PartnerRecipient[]> {
  const rows = await executePrepared<{
    enrollment_id: string;
    program_id: string;
    tier_key: string | null;
    email: string;
    locale: string;
    name: string;
    slug: string;
    currency: string;
  }>(
    db,
    sql`
    select e.id as enrollment_id, e.program_id, e.tier_key, u.email, u.locale, p.name, p.slug,
      p.currency
    from enrollments e
      join users u on u.id = e.partner_id
      join programs p on p.id = e.program_id
      left join partner_email_preferences pref on pref.enrollment_id = e.id
    where e.status = 'approved'
      and coalesce(pref.digest, 'weekly') = ${q.period.frequency}::digest_frequency
      and ${dueAndPaged(q, PARTNER_COLUMNS)}`,
  );
  return rows.map((r) => ({
    enrollmentId: r.enrollment_id,
    programId: r.program_id,
    tierKey: r.tier_key,
    email: r.email,
    locale: r.locale,
    programName: r.name,
    programSlug: r.slug,
    currency: r.currency,
  }));
}

export type SubscriberRecipient = {
  subscriberId: string;
  programId: string;
  email: string;
  locale: string;
  topics: string[];
  programName: string;
  programSlug: string;
};

/** Confirmed subscribers on this frequency in a due zone, not yet served for the period. */
export async function dueSubscribers(
  db: Executor,
  q: RecipientQuery,
): Promise<SubscriberRecipient[]> {
  const rows = await executePrepared<{
    id: string;
    program_id: string;
    email: string;
    locale: string;
    topics: string[];
    name: string;
    slug: string;
  }>(
    db,
    sql`
    select s.id, s.program_id, s.email, s.locale, s.topics, p.name, p.slug
    from subscribers s join programs p on p.id = s.program_id
    where s.status = 'confirmed'
      and s.frequency = ${q.period.frequency}::digest_frequency
      and ${dueAndPaged(q, SUBSCRIBER_COLUMNS)}`,
  );
  return rows.map((r) => ({
    subscriberId: r.id,
    programId: r.program_id,
    email: r.email,
    locale: r.locale,
    topics: r.topics,
    programName: r.name,
    programSlug: r.slug,
  }));
}
