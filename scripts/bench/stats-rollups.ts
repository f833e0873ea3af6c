/**
 * The rollups of the generated clicks, built the way a backfill would: INSERT … SELECT …
 * GROUP BY over the raw events. Conversions and money are drawn per hourly row (see
 * stats-data.ts for the distribution); the daily rollup is the sum of the hourly one.
 */
import type postgres from "postgres";
import type { Db } from "~/server/db/client";
import { rebuildRunningTotals } from "~/server/tracking/running-rebuild";

export async function buildHourly(sql: postgres.Sql, programId: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`set local work_mem = '256MB'`;
    await tx`
      insert into stats_hourly (program_id, enrollment_id, link_id, hour, clicks, unique_clicks,
        paid_clicks, impressions, paid_impressions, sales, leads, installs, actions, revenue,
        refunded, commission)
      select c.program_id, c.enrollment_id, c.link_id, c.hour, c.clicks, c.uniq, c.paid,
             m.impressions, m.impressions, m.sales, m.leads, m.installs, m.actions, m.revenue,
             case when m.sales > 0 and random() < 0.05 then m.revenue / m.sales else 0 end,
             m.revenue / 10
      from (
        select program_id, enrollment_id, link_id, date_trunc('hour', occurred_at, 'UTC') as hour,
               count(*)::int as clicks, (count(*) filter (where is_unique))::int as uniq,
               (count(*) filter (where is_unique and billable))::int as paid
        from clicks where program_id = ${programId} group by 1, 2, 3, 4
      ) c
      cross join lateral (
        select s.sales, s.leads, s.installs, s.actions, s.impressions,
               s.sales * (2000 + floor(random() * 13000))::bigint as revenue
        from (select floor(c.clicks * 0.02 + random())::int as sales,
                     floor(c.clicks * 0.05 + random())::int as leads,
                     floor(c.clicks * 0.01 + random())::int as installs,
                     floor(c.clicks * 0.01 + random())::int as actions,
                     floor(c.clicks * 20 * (0.5 + random()))::int as impressions) s
      ) m
      -- In key order, so both indexes are filled sequentially instead of at random.
      order by c.enrollment_id, c.link_id, c.hour`;
    // Unattributed sales (no partner, no link) every hour of the same range.
    await tx`
      insert into stats_hourly (program_id, enrollment_id, link_id, hour, sales, revenue, commission)
      select ${programId}, null, null, h, s, s * 8000::bigint, 0
      from generate_series(
        (select min(hour) from stats_hourly where program_id = ${programId}),
        (select max(hour) from stats_hourly where program_id = ${programId}),
        interval '1 hour') h
      cross join lateral (select floor(6 + random() * 13)::int as s) x`;
  });
}

export async function buildDaily(sql: postgres.Sql, programId: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`set local work_mem = '256MB'`;
    await tx`
      insert into stats_daily (program_id, enrollment_id, day, clicks, unique_clicks, paid_clicks,
        impressions, paid_impressions, sales, leads, installs, actions, revenue, refunded, commission)
      select program_id, enrollment_id, (hour at time zone 'UTC')::date, sum(clicks), sum(unique_clicks),
             sum(paid_clicks), sum(impressions), sum(paid_impressions), sum(sales), sum(leads),
             sum(installs), sum(actions), sum(revenue), sum(refunded), sum(commission)
      from stats_hourly where program_id = ${programId} group by 1, 2, 3
      -- Day by day, as a live rollup grows: the physical order production tables have.
      order by 3, 2`;
  });
}

/** The sub-id rollup of the clicks that carry one; conversions and money drawn per row. */
export async function buildSubIdDaily(sql: postgres.Sql, programId: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`set local work_mem = '256MB'`;
    await tx`
      insert into stats_subid_daily (program_id, enrollment_id, sub_id, day, clicks, unique_clicks,
        conversions, revenue, commission)
      select c.program_id, c.enrollment_id, c.sub_id, c.day, c.clicks, c.uniq, m.conversions,
             m.revenue, m.revenue / 10
      from (
        select program_id, enrollment_id, sub_id, (occurred_at at time zone 'UTC')::date as day,
               count(*)::int as clicks, (count(*) filter (where is_unique))::int as uniq
        from clicks where program_id = ${programId} and sub_id is not null group by 1, 2, 3, 4
      ) c
      cross join lateral (
        select s.n as conversions, s.n * (2000 + floor(random() * 13000))::bigint as revenue
        from (select floor(c.clicks * 0.09 + random())::int as n) s
      ) m
      order by c.day, c.enrollment_id`;
  });
}

/** Running totals from the daily rollup, with the backfill the app uses for imported data. */
export async function buildRunning(db: Db, programId: string): Promise<void> {
  await rebuildRunningTotals(db, programId);
}
