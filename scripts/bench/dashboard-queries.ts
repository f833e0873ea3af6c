/**
 * Times the partner dashboard's data requests on the 10-million-click data, through the tRPC
 * procedures the page calls (input validation and the tenant check included), for partners
 * drawn across the whole size distribution and every range the page offers. One sample is a
 * whole dashboard load: the five requests in parallel, as the browser's batched call makes them.
 */
import type { Db } from "~/server/db/client";
import { createCaller } from "~/server/api/root";
import { percentile, timeCalls } from "./percentiles";
import type { StatsData } from "./stats-data";
import { addDays } from "~/lib/dates";

const round = (ms: number) => Math.round(ms * 100) / 100;
const summary = (times: number[]) => ({
  p50: round(percentile(times, 50)),
  p95: round(percentile(times, 95)),
  max: round(Math.max(...times)),
});

export async function measureDashboardQueries(
  db: Db,
  data: StatsData & { partnerUserIds: string[] },
  options: { samples: number; warmup: number; days: number },
) {
  // The ranges in turn: the presets (the data ends yesterday: "today" reads the hourly rollup
  // of an empty day, the others full days) and a custom 30-day window anywhere in the data.
  const ranges = [
    { preset: "today" as const },
    { preset: "7d" as const },
    { preset: "30d" as const },
    { preset: "90d" as const },
    "custom" as const,
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const perProcedure: Record<string, number[]> = {};
  const timed = async <T>(name: string, call: () => Promise<T>) => {
    const start = process.hrtime.bigint();
    const result = await call();
    (perProcedure[name] ??= []).push(Number(process.hrtime.bigint() - start) / 1e6);
    return result;
  };

  const load = async (i: number) => {
    // Partners by rank: index 0 is the biggest; uniform over ranks covers big and small alike.
    const k = Math.floor(next() * data.partnerUserIds.length);
    const caller = createCaller({ db, userId: data.partnerUserIds[k]!, locale: "en" });
    const choice = ranges[i % ranges.length]!;
    const from = addDays(data.firstDay, Math.floor(next() * (options.days - 29)));
    const range = choice === "custom" ? { from, to: addDays(from, 29) } : choice;
    const input = { programId: data.programId, range };
    const d = caller.partner.dashboard;
    await Promise.all([
      timed("summary", () => d.summary(input)),
      timed("series", () => d.series(input)),
      timed("byLink", () => d.byLink({ ...input, page: 1, pageSize: 10 })),
      timed("bySubId", () => d.bySubId({ ...input, page: 1, pageSize: 10 })),
      timed("recent", () => d.recent({ programId: data.programId })),
    ]);
  };
  const loads = await timeCalls(load, options);
  return {
    load: summary(loads),
    procedures: Object.fromEntries(
      Object.entries(perProcedure).map(([name, times]) => [name, summary(times)]),
    ),
  };
}
