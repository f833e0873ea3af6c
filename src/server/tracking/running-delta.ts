/**
 * Pure arithmetic of the running totals (running-totals.ts): which counters they keep, and how
 * a partner's deltas on several days become ranges of rows to add to.
 */
import type { RollupCounters } from "./rollup-types";

export type RunningDelta = {
  sales: bigint;
  conversions: bigint;
  revenue: bigint;
  commission: bigint;
};

/** What a rollup increment adds to running totals; clicks and refunded amounts are not kept. */
export function deltaOf(counters: RollupCounters): RunningDelta {
  const sales = BigInt(counters.sales ?? 0);
  const others = (counters.leads ?? 0) + (counters.installs ?? 0) + (counters.actions ?? 0);
  return {
    sales,
    conversions: sales + BigInt(others),
    revenue: counters.revenue ?? 0n,
    commission: counters.commission ?? 0n,
  };
}

export const isZeroDelta = (d: RunningDelta) =>
  d.sales === 0n && d.conversions === 0n && d.revenue === 0n && d.commission === 0n;

export function addDelta(a: RunningDelta | undefined, b: RunningDelta): RunningDelta {
  if (!a) return b;
  return {
    sales: a.sales + b.sales,
    conversions: a.conversions + b.conversions,
    revenue: a.revenue + b.revenue,
    commission: a.commission + b.commission,
  };
}

export type DeltaRange = { from: string; until: string | null; total: RunningDelta };

/**
 * A partner's deltas by day as disjoint ranges of days, in order: the rows from each delta's
 * day up to (not including) the next one's get the sum of the deltas so far; the last range
 * is open. A row is in at most one range, so one UPDATE can apply them all.
 */
export function deltaRanges(days: ReadonlyMap<string, RunningDelta>): DeltaRange[] {
  const sorted = [...days.keys()].sort();
  let total: RunningDelta | undefined;
  return sorted.map((day, i) => {
    total = addDelta(total, days.get(day)!);
    return { from: day, until: sorted[i + 1] ?? null, total };
  });
}
