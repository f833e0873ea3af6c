import type { Sql } from "postgres";

/** A click to store (times in epoch ms); `billable` and `isUnique` were decided by the ingest server. */
export type ClickEvent = {
  kind: "click";
  id: string;
  occurredAt: number;
  programId: string;
  linkId: string;
  enrollmentId: string;
  billable: boolean;
  isUnique: boolean;
  ipHash: string;
  country: string | null;
  /** The effective sub-id: the visit's own, else its link's (the sub-id rollup counts it). */
  subId: string | null;
};

export type ImpressionEvent = {
  kind: "impression";
  occurredAt: number;
  programId: string;
  linkId: string;
  enrollmentId: string;
  creativeId: string | null;
  billable: boolean;
  ipHash: string;
  country: string | null;
};

export type TrackedEvent = ClickEvent | ImpressionEvent;

/**
 * Events gathered column by column, the shape the statement below takes (one array parameter
 * per column), so a batch of any size is one statement with a fixed text, prepared once.
 */
export class EventBatch {
  readonly clicks = {
    id: [] as string[],
    occurredAt: [] as number[],
    programId: [] as string[],
    linkId: [] as string[],
    enrollmentId: [] as string[],
    billable: [] as boolean[],
    isUnique: [] as boolean[],
    ipHash: [] as string[],
    country: [] as (string | null)[],
    subId: [] as (string | null)[],
  };
  readonly impressions = {
    occurredAt: [] as number[],
    programId: [] as string[],
    linkId: [] as string[],
    enrollmentId: [] as string[],
    creativeId: [] as (string | null)[],
    billable: [] as boolean[],
    ipHash: [] as string[],
    country: [] as (string | null)[],
  };
  size = 0;

  /** The batch's clicks as events again (the spool stores them one by one). */
  clickEvents(): ClickEvent[] {
    const c = this.clicks;
    return c.id.map((id, k) => ({
      kind: "click" as const,
      id,
      occurredAt: c.occurredAt[k]!,
      programId: c.programId[k]!,
      linkId: c.linkId[k]!,
      enrollmentId: c.enrollmentId[k]!,
      billable: c.billable[k]!,
      isUnique: c.isUnique[k]!,
      ipHash: c.ipHash[k]!,
      country: c.country[k]!,
      subId: c.subId[k]!,
    }));
  }

  push(event: TrackedEvent): void {
    this.size++;
    if (event.kind === "click") {
      const c = this.clicks;
      c.id.push(event.id);
      c.occurredAt.push(event.occurredAt);
      c.programId.push(event.programId);
      c.linkId.push(event.linkId);
      c.enrollmentId.push(event.enrollmentId);
      c.billable.push(event.billable);
      c.isUnique.push(event.isUnique);
      c.ipHash.push(event.ipHash);
      c.country.push(event.country);
      c.subId.push(event.subId);
    } else {
      const i = this.impressions;
      i.occurredAt.push(event.occurredAt);
      i.programId.push(event.programId);
      i.linkId.push(event.linkId);
      i.enrollmentId.push(event.enrollmentId);
      i.creativeId.push(event.creativeId);
      i.billable.push(event.billable);
      i.ipHash.push(event.ipHash);
      i.country.push(event.country);
    }
  }
}

/*
 * One statement, one round trip, one transaction: the raw events and their hourly, daily and
 * sub-id rollups commit together or not at all, so the counters always equal the events.
 * Rollup rows are upserted in key order, hourly, then daily, then per sub-id: PostgreSQL runs
 * the main statement first, then the CTEs nobody reads in reverse order of declaration (so sd
 * is declared before d). Concurrent batches thus take row locks in one global order and never
 * deadlock; other writers of the rollups lock in the same order (rollups.ts). Hours and days
 * are UTC.
 *
 * A click already stored (a spooled click replayed after its late first write committed after
 * all, or a replay cut short by a crash) is skipped: the rollups add up the clicks `returning`
 * gives back, which are only the rows this statement inserted, so a replay never counts twice.
 */
export async function recordEvents(sql: Sql, batch: EventBatch): Promise<void> {
  if (batch.size === 0) return;
  const c = batch.clicks;
  const i = batch.impressions;
  await sql`
    with c as (
      insert into clicks (id, occurred_at, program_id, link_id, enrollment_id, billable, is_unique, ip_hash, country, sub_id)
      select * from unnest(
        ${texts(c.id)}::text[], ${times(c.occurredAt)}::timestamptz[], ${texts(c.programId)}::uuid[],
        ${texts(c.linkId)}::uuid[], ${texts(c.enrollmentId)}::uuid[], ${bools(c.billable)}::bool[],
        ${bools(c.isUnique)}::bool[], ${texts(c.ipHash)}::text[], ${texts(c.country)}::char(2)[],
        ${texts(c.subId)}::text[])
      on conflict do nothing
      returning program_id, enrollment_id, link_id, occurred_at, billable, is_unique, sub_id
    ), i as (
      insert into impressions (occurred_at, program_id, link_id, enrollment_id, creative_id, billable, ip_hash, country)
      select * from unnest(
        ${times(i.occurredAt)}::timestamptz[], ${texts(i.programId)}::uuid[], ${texts(i.linkId)}::uuid[],
        ${texts(i.enrollmentId)}::uuid[], ${texts(i.creativeId)}::uuid[], ${bools(i.billable)}::bool[],
        ${texts(i.ipHash)}::text[], ${texts(i.country)}::char(2)[])
      returning program_id, enrollment_id, link_id, occurred_at, billable
    ), e as (
      select program_id, enrollment_id, link_id, date_trunc('hour', occurred_at, 'UTC') as hour,
        1 as clicks, is_unique::int as unique_clicks, (is_unique and billable)::int as paid_clicks,
        0 as impressions, 0 as paid_impressions
      from c
      union all
      select program_id, enrollment_id, link_id, date_trunc('hour', occurred_at, 'UTC'),
        0, 0, 0, 1, billable::int
      from i
    ), sd as (
      insert into stats_subid_daily as s (program_id, enrollment_id, sub_id, day, clicks, unique_clicks)
      select program_id, enrollment_id, sub_id, (occurred_at at time zone 'UTC')::date,
        count(*), sum(is_unique::int)
      from c where sub_id is not null group by 1, 2, 3, 4 order by 1, 2, 3, 4
      on conflict on constraint stats_subid_daily_key_uq do update set
        clicks = s.clicks + excluded.clicks,
        unique_clicks = s.unique_clicks + excluded.unique_clicks
    ), d as (
      insert into stats_daily as s
        (program_id, enrollment_id, day, clicks, unique_clicks, paid_clicks, impressions, paid_impressions)
      select program_id, enrollment_id, (hour at time zone 'UTC')::date,
        sum(clicks), sum(unique_clicks), sum(paid_clicks), sum(impressions), sum(paid_impressions)
      from e group by 1, 2, 3 order by 1, 2, 3
      on conflict on constraint stats_daily_key_uq do update set
        clicks = s.clicks + excluded.clicks,
        unique_clicks = s.unique_clicks + excluded.unique_clicks,
        paid_clicks = s.paid_clicks + excluded.paid_clicks,
        impressions = s.impressions + excluded.impressions,
        paid_impressions = s.paid_impressions + excluded.paid_impressions
    )
    insert into stats_hourly as s
      (program_id, enrollment_id, link_id, hour, clicks, unique_clicks, paid_clicks, impressions, paid_impressions)
    select program_id, enrollment_id, link_id, hour,
      sum(clicks), sum(unique_clicks), sum(paid_clicks), sum(impressions), sum(paid_impressions)
    from e
    group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict on constraint stats_hourly_key_uq do update set
      clicks = s.clicks + excluded.clicks,
      unique_clicks = s.unique_clicks + excluded.unique_clicks,
      paid_clicks = s.paid_clicks + excluded.paid_clicks,
      impressions = s.impressions + excluded.impressions,
      paid_impressions = s.paid_impressions + excluded.paid_impressions`;
}

/*
 * Array parameters are sent as PostgreSQL array literals that the casts above parse. The
 * driver's own array typing depends on a type list it fetches after connecting, and a batch
 * must not fail because it was the first query of a fresh connection.
 */
function texts(values: readonly (string | null)[]): string {
  let out = "{";
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    if (k > 0) out += ",";
    out += value == null ? "NULL" : `"${value.replace(/[\\"]/g, "\\$&")}"`;
  }
  return out + "}";
}

function times(values: readonly number[]): string {
  return texts(values.map((ms) => new Date(ms).toISOString()));
}

function bools(values: readonly boolean[]): string {
  return `{${values.map((value) => (value ? "t" : "f")).join(",")}}`;
}
