import type { ContestPrize } from "~/server/db/schema";

/** The prize a rank holds (tiers do not overlap: rules/prizes.ts validates them). */
export function prizeForRank(prizes: readonly ContestPrize[], rank: number): ContestPrize | null {
  return prizes.find((p) => rank >= p.fromRank && rank <= p.toRank) ?? null;
}
