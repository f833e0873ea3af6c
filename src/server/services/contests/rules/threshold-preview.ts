import { milestonesSchema } from "./gaps";
import { prizesSchema, type PrizeTier } from "./prizes";

export type PeriodTotal = { enrollmentId: string; value: bigint };

export type RankRequirement = {
  rank: number;
  /** The value that held this rank last period; null when fewer partners had any result. */
  required: bigint | null;
};

export type ThresholdPreview = {
  /** Partners with a positive result last period: the ones who would have been on the table. */
  participants: number;
  prizes: { tierIndex: number; label: string; ranks: RankRequirement[] }[];
  milestones: { threshold: bigint; reachedBy: number; warning: "unreachable" | null }[];
};

/**
 * What the contest would have looked like over the last comparable period, shown before launch.
 * A milestone nobody reached is flagged: a target nobody can hit discourages partners rather
 * than motivating them. A rank's requirement is the value of whoever held it, because the
 * leaderboard orders by value first; the tie-break only matters between equal values.
 */
export function previewThresholds(
  totals: readonly PeriodTotal[],
  prizes: readonly PrizeTier[],
  milestones: readonly bigint[],
): ThresholdPreview {
  const tiers = prizesSchema.parse(prizes);
  const thresholds = milestonesSchema.parse(milestones);
  // Same exclusion as the live table: nothing positive, not ranked, not counted.
  const values = totals
    .map((t) => t.value)
    .filter((v) => v > 0n)
    .sort((a, b) => (a === b ? 0 : a > b ? -1 : 1));

  return {
    participants: values.length,
    prizes: tiers.map((tier, tierIndex) => ({
      tierIndex,
      label: tier.label,
      ranks: Array.from({ length: tier.toRank - tier.fromRank + 1 }, (_, i) => {
        const rank = tier.fromRank + i;
        return { rank, required: values[rank - 1] ?? null };
      }),
    })),
    milestones: thresholds.map((threshold) => {
      const reachedBy = values.filter((v) => v >= threshold).length;
      return { threshold, reachedBy, warning: reachedBy === 0 ? "unreachable" : null };
    }),
  };
}
