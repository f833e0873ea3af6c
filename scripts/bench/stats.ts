/** Parts (d) and (e): generate the 10-million-click workload, then time the two reads. */
import type postgres from "postgres";
import type { Db } from "~/server/db/client";
import type { BenchOptions } from "./options";
import { generateStatsData } from "./stats-data";
import { measureDashboardQueries } from "./dashboard-queries";
import { measureStatsQueries } from "./stats-queries";

export async function benchStats(
  db: Db,
  sql: postgres.Sql,
  options: BenchOptions,
  log: (line: string) => void,
) {
  log(
    `  generating ${options.clicks.toLocaleString("en")} clicks for ${options.partners.toLocaleString("en")} partners over ${options.days} days`,
  );
  const data = await generateStatsData(sql, db, options, log);
  log(`  timing ${options.samples} calls each after warm-up`);
  const timings = await measureStatsQueries(db, data, {
    samples: options.samples,
    warmup: 20,
    days: options.days,
  });
  log(
    `    daily stats p95 ${timings.daily.p95} ms, ranking p95 ${timings.ranking.p95} ms (top 100: ${timings.rankingTop100.p95} ms; by clicks: ${timings.rankingClicks.p95} ms)`,
  );
  const dashboard = await measureDashboardQueries(db, data, {
    samples: options.samples,
    warmup: 20,
    days: options.days,
  });
  log(`    dashboard load (five requests in parallel) p95 ${dashboard.load.p95} ms`);
  return {
    figures: {
      stats_p95_ms: timings.daily.p95,
      ranking_p95_ms: timings.ranking.p95,
      dashboard_p95_ms: dashboard.load.p95,
    },
    details: {
      data: data.facts,
      first_day: data.firstDay,
      last_day: data.lastDay,
      partner_daily_stats_90d_ms: timings.daily,
      rank_partners_30d_all_ms: timings.ranking,
      rank_partners_30d_top100_ms: timings.rankingTop100,
      // ranking_p95_ms covers sales, conversions, revenue and commission (running totals);
      // rankings by clicks still sum the daily rollup.
      rank_partners_30d_clicks_ms: timings.rankingClicks,
      ranked_partners: timings.rankedPartners,
      // A whole dashboard load (summary, series, by link, by sub-id, recent) per sample.
      dashboard_load_ms: dashboard.load,
      dashboard_procedures_ms: dashboard.procedures,
    },
  };
}
