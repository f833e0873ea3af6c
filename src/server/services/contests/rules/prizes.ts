import { z } from "zod";
import type { Standing } from "./standings";

/** Deep enough for any real contest while keeping a preview of every prized rank small. */
export const MAX_PRIZED_RANK = 1000;

const rank = z
  .number()
  .int()
  .min(1, { error: "validation.contest.prizeRank" })
  .max(MAX_PRIZED_RANK, { error: "validation.contest.prizeRank" });

export const prizeTierSchema = z
  .object({
    fromRank: rank,
    toRank: rank,
    label: z.string().trim().min(1).max(200),
    /** Points each winner of the tier earns at the freeze (the program's rule otherwise). */
    points: z.number().int().min(0).max(1_000_000).optional(),
  })
  .refine((p) => p.fromRank <= p.toRank, {
    error: "validation.contest.prizeRangeReversed",
    path: ["toRank"],
  });

/** Tiers in ascending order of rank, none overlapping: every rank has at most one prize. */
export const prizesSchema = z
  .array(prizeTierSchema)
  .max(50, { error: "validation.contest.tooManyPrizes" })
  .superRefine((tiers, ctx) => {
    tiers.forEach((tier, i) => {
      const previous = tiers[i - 1];
      if (previous !== undefined && tier.fromRank <= previous.toRank) {
        ctx.addIssue({
          code: "custom",
          path: [i, "fromRank"],
          message: "validation.contest.prizesOverlap",
        });
      }
    });
  });

export type PrizeTier = z.infer<typeof prizeTierSchema>;

export type PrizeAward = { enrollmentId: string; rank: number; tierIndex: number; label: string };

export type PrizeAssignment = {
  awards: PrizeAward[];
  /**
   * Tiers (by index) with fewer winners than ranks: too few partners on the table, or a shared
   * rank above skipped into this tier. A tie inside a tier fills the places it spans.
   */
  unfilledTiers: number[];
};

/**
 * Winners are whoever holds a prized rank in the standings. Entries the tie-break separated
 * hold separate ranks; entries it could not separate share a rank and each wins its prize
 * (competition ranking then skips the following ranks, so nobody below is promoted into them).
 */
export function assignPrizes(standings: readonly Standing[], tiers: readonly PrizeTier[]) {
  const valid = prizesSchema.parse(tiers);
  const awards: PrizeAward[] = [];
  const unfilledTiers: number[] = [];
  valid.forEach((tier, tierIndex) => {
    const winners = standings.filter((s) => s.rank >= tier.fromRank && s.rank <= tier.toRank);
    for (const s of winners) {
      awards.push({ enrollmentId: s.enrollmentId, rank: s.rank, tierIndex, label: tier.label });
    }
    if (winners.length < tier.toRank - tier.fromRank + 1) unfilledTiers.push(tierIndex);
  });
  return { awards, unfilledTiers } satisfies PrizeAssignment;
}
