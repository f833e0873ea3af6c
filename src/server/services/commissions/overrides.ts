import { allocate, divideHalfUp } from "~/lib/rounding";
import type { OverrideShare } from "./types";

const BPS = 10_000n;

/**
 * Multi-level overrides on a recruit's direct sale commission. upline[0] is the partner who
 * recruited the seller (level 1), upline[1] the one who recruited them (level 2), and so on;
 * levelsBps[i] is the program's override rate for level i + 1. The depth is whichever is
 * shorter.
 *
 * Rounding rule — the remainder is never created or lost across levels: the total of all
 * overrides is rounded once, half-up, from direct × (sum of the levels' rates), and that total
 * is then split among the levels by largest remainder in proportion to their rates. So the
 * shares always add up to exactly the rounded total, whatever the depth, instead of each level
 * rounding on its own and the sum drifting by a unit per level.
 *
 * Levels whose share is 0 are left out (the ledger holds no zero rows).
 */
export function overrideShares(
  direct: bigint,
  levelsBps: readonly number[],
  upline: readonly string[],
): OverrideShare[] {
  for (const bps of levelsBps) {
    if (!Number.isSafeInteger(bps) || bps < 0) {
      throw new RangeError("overrideShares: level rates must be non-negative integers");
    }
  }
  if (direct <= 0n) return [];
  const depth = Math.min(levelsBps.length, upline.length);
  const weights = levelsBps.slice(0, depth).map((bps) => BigInt(bps));
  const sum = weights.reduce((acc, weight) => acc + weight, 0n);
  const total = divideHalfUp(direct * sum, BPS);
  const parts = allocate(total, weights);

  const shares: OverrideShare[] = [];
  parts.forEach((amount, index) => {
    const beneficiaryId = upline[index];
    if (amount > 0n && beneficiaryId !== undefined) {
      shares.push({ level: index + 1, beneficiaryId, amount });
    }
  });
  return shares;
}
