/**
 * Times the two read paths the dashboards use, through the real services on an app-like
 * connection pool (JIT off, as createDb sets it): a partner's 90-day daily stats, and the
 * program's ranking of every partner over 30 days (by sales, conversions, revenue or commission
 * from running totals; by clicks, timed apart, from the daily rollup).
 */
import type { Db } from "~/server/db/client";
import { partnerDailyStats } from "~/server/services/stats/partner/daily-stats";
import {
  RANK_METRICS,
  rankPartners,
  type RankMetric,
} from "~/server/services/stats/program/rank-partners";
import { percentile, timeCalls } from "./percentiles";
import type { StatsData } from "./stats-data";
import { addDays } from "~/lib/dates";

/** A small seeded generator, so two runs query the same partners and windows. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const summary = (times: number[]) => ({
  p50: round(percentile(times, 50)),
  p95: round(percentile(times, 95)),
  p99: round(percentile(times, 99)),
  max: round(Math.max(...times)),
});
const round = (ms: number) => Math.round(ms * 100) / 100;

export async function measureStatsQueries(
  db: Db,
  data: StatsData,
  options: { samples: number; warmup: number; days: number },
) {
  const random = mulberry32(42);
  const pick = () => data.enrollmentIds[Math.floor(random() * data.enrollmentIds.length)]!;

  const daily = await timeCalls(
    () =>
      partnerDailyStats(db, {
        programId: data.programId,
        enrollmentId: pick(),
        from: data.firstDay,
        to: data.lastDay,
      }),
    options,
  );

  // Windows of 30 days anywhere in the generated range. The four metrics read from running
  // totals are timed in turn; clicks (summed from the daily rollup, see rank-partners.ts) apart.
  const windowStart = () => addDays(data.firstDay, Math.floor(random() * (options.days - 29)));
  const totalMetrics = RANK_METRICS.filter((metric) => metric !== "clicks");
  const rank =
    (limit?: number, metrics: readonly RankMetric[] = totalMetrics) =>
    (i: number) => {
      const from = windowStart();
      return rankPartners(db, {
        programId: data.programId,
        metric: metrics[i % metrics.length]!,
        from,
        to: addDays(from, 29),
        limit,
      });
    };
  const full = await rankPartners(db, {
    programId: data.programId,
    metric: "revenue",
    from: addDays(data.lastDay, -29),
    to: data.lastDay,
  });
  const ranking = await timeCalls(rank(), options);
  const top100 = await timeCalls(rank(100), options);
  const clicks = await timeCalls(rank(undefined, ["clicks"]), {
    warmup: Math.min(options.warmup, 5),
    samples: Math.max(20, Math.ceil(options.samples / 4)),
  });

  return {
    daily: summary(daily),
    ranking: summary(ranking),
    rankingTop100: summary(top100),
    rankingClicks: summary(clicks),
    rankedPartners: full.length,
  };
}
