import type postgres from "postgres";

/** Figures that show the shape of what was generated, for the report. */
export async function describe(sql: postgres.Sql, programId: string) {
  const [shares] = await sql<Record<string, string>[]>`
    with per as (
      select enrollment_id, sum(clicks) as n, row_number() over (order by sum(clicks) desc) as r
      from stats_daily where program_id = ${programId} and enrollment_id is not null group by 1
    )
    select round(100.0 * sum(n) filter (where r = 1) / sum(n), 1) as top1_pct,
           round(100.0 * sum(n) filter (where r <= 10) / sum(n), 1) as top10_pct,
           round(100.0 * sum(n) filter (where r <= 100) / sum(n), 1) as top100_pct,
           round(100.0 * sum(n) filter (where r <= 1000) / sum(n), 1) as top1000_pct,
           percentile_disc(0.5) within group (order by n) as median_partner_clicks,
           min(n) as min_partner_clicks, count(*) as partners_with_clicks
    from per`;
  const [sizes] = await sql<Record<string, string>[]>`
    select (select count(*) from clicks where program_id = ${programId}) as clicks_rows,
           (select count(*) from stats_hourly where program_id = ${programId}) as stats_hourly_rows,
           (select count(*) from stats_daily where program_id = ${programId}) as stats_daily_rows,
           pg_size_pretty(pg_total_relation_size('clicks')) as clicks_size,
           pg_size_pretty(pg_total_relation_size('stats_hourly')) as stats_hourly_size,
           pg_size_pretty(pg_total_relation_size('stats_daily')) as stats_daily_size`;
  const numeric = (row: Record<string, string> | undefined) =>
    Object.fromEntries(
      Object.entries(row ?? {}).map(([k, v]) => [k, k.endsWith("_size") ? v : Number(v)]),
    );
  return { ...numeric(shares), ...numeric(sizes) };
}
