import { sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";

/**
 * Hourly rollups of the program's raw events, then daily ones from the hourly rows (far fewer
 * than the events), then the clicks per sub-id, each in key order (see record-events.ts). Run
 * once, before any conversion adds to the same rows.
 */
export async function buildTrafficRollups(db: Db, programId: string): Promise<void> {
  const counters = ["clicks", "unique_clicks", "paid_clicks", "impressions", "paid_impressions"];
  const sums = sql.raw(counters.map((column) => `sum(${column})`).join(", "));
  const add = sql.raw(
    counters.map((column) => `${column} = s.${column} + excluded.${column}`).join(", "),
  );
  await db.execute(sql`
    insert into stats_hourly as s
      (program_id, enrollment_id, link_id, hour, clicks, unique_clicks, paid_clicks, impressions, paid_impressions)
    select ${programId}::uuid, enrollment_id, link_id, hour, ${sums}
    from (
      select enrollment_id, link_id, date_trunc('hour', occurred_at, 'UTC') as hour, 1 as clicks,
        is_unique::int as unique_clicks, (is_unique and billable)::int as paid_clicks,
        0 as impressions, 0 as paid_impressions
      from clicks where program_id = ${programId}::uuid
      union all
      select enrollment_id, link_id, date_trunc('hour', occurred_at, 'UTC'), 0, 0, 0, 1, billable::int
      from impressions where program_id = ${programId}::uuid
    ) e
    group by 2, 3, 4 order by 2, 3, 4
    on conflict on constraint stats_hourly_key_uq do update set ${add}`);
  await db.execute(sql`
    insert into stats_daily as s
      (program_id, enrollment_id, day, clicks, unique_clicks, paid_clicks, impressions, paid_impressions)
    select ${programId}::uuid, enrollment_id, (hour at time zone 'UTC')::date, ${sums}
    from stats_hourly where program_id = ${programId}::uuid
    group by 2, 3 order by 2, 3
    on conflict on constraint stats_daily_key_uq do update set ${add}`);
  await db.execute(sql`
    insert into stats_subid_daily as s (program_id, enrollment_id, sub_id, day, clicks, unique_clicks)
    select ${programId}::uuid, enrollment_id, sub_id, (occurred_at at time zone 'UTC')::date,
      count(*), sum(is_unique::int)
    from clicks where program_id = ${programId}::uuid and sub_id is not null
    group by 2, 3, 4 order by 2, 3, 4
    on conflict on constraint stats_subid_daily_key_uq do update set
      clicks = s.clicks + excluded.clicks, unique_clicks = s.unique_clicks + excluded.unique_clicks`);
}
