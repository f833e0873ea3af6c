import { z } from "zod";
import type { Standing } from "./standings";

/** Milestone thresholds: positive, strictly ascending, so "the next one" is always well defined. */
export const milestonesSchema = z
  .array(z.bigint().positive({ error: "validation.contest.milestonePositive" }))
  .max(20, { error: "validation.contest.tooManyMilestones" })
  .refine((list) => list.every((t, i) => i === 0 || t > list[i - 1]!), {
    error: "validation.contest.milestonesAscending",
  });

export type MilestoneProgress = {
  reached: bigint[];
  next: bigint | null;
  /** What is still missing to the next milestone; null once every milestone is reached. */
  remaining: bigint | null;
  /** value / next in basis points, floored, 0..10000; 10000 past the last; null without any. */
  progressBps: number | null;
};

/**
 * Progress is measured from zero, not from the previous milestone, so the bar always means
 * "share of the next threshold already done" and never jumps backwards when one is reached.
 */
export function milestoneProgress(value: bigint, thresholds: readonly bigint[]): MilestoneProgress {
  const list = milestonesSchema.parse(thresholds);
  const reached = list.filter((t) => value >= t);
  const next = list.find((t) => value < t) ?? null;
  if (next === null) {
    return { reached, next, remaining: null, progressBps: list.length > 0 ? 10_000 : null };
  }
  const done = value > 0n ? (value * 10_000n) / next : 0n;
  return { reached, next, remaining: next - value, progressBps: Number(done) };
}

export type RankGap = {
  /** Null when the partner is not on the table (nothing positive yet). */
  rank: number | null;
  /**
   * The amount that puts you strictly ahead of the partner above: their value minus yours,
   * plus one. Matching their value is never enough: under "first-to-reach" they got there
   * first, under "shared" you would only share their rank. Null at the top of the table.
   * Off the table, "the partner above" is the last ranked one (or, with an empty table,
   * whatever it takes to reach a positive value and rank first).
   */
  gap: bigint | null;
};

/** `value` is the partner's own current value, needed when they are not ranked. */
export function gapToNextRank(
  standings: readonly Standing[],
  enrollmentId: string,
  value: bigint,
): RankGap {
  const index = standings.findIndex((s) => s.enrollmentId === enrollmentId);
  if (index === -1) {
    const last = standings.at(-1);
    return { rank: null, gap: (last?.value ?? 0n) - value + 1n };
  }
  const own = standings[index]!;
  // The nearest entry with a better rank: entries sharing our rank are beside us, not above.
  const above = standings.slice(0, index).findLast((s) => s.rank < own.rank);
  return { rank: own.rank, gap: above === undefined ? null : above.value - own.value + 1n };
}
