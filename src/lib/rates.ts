import { divideHalfUp } from "./rounding";

/** Conversions per unique click (may exceed 1: promo-code sales need no click); null without clicks. */
export function conversionRate(conversions: number, uniqueClicks: number): number | null {
  return uniqueClicks > 0 ? conversions / uniqueClicks : null;
}

/** Earnings per click in minor units, rounded half-up like all money; null without clicks. */
export function earningsPerClick(commission: bigint, clicks: number): bigint | null {
  return clicks > 0 ? divideHalfUp(commission, BigInt(clicks)) : null;
}

/**
 * Relative change from `previous` to `current` (0.125 is +12.5 %), exact to a hundredth of a
 * percent even for amounts past 2^53; null when there is nothing to compare with.
 */
export function relativeChange(current: bigint | number, previous: bigint | number): number | null {
  const now = BigInt(current);
  const before = BigInt(previous);
  if (before === 0n) return null;
  const magnitude = before < 0n ? -before : before;
  return Number(divideHalfUp((now - before) * 10_000n, magnitude)) / 10_000;
}
