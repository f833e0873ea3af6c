import { divideHalfUp } from "~/lib/rounding";

/**
 * Ratios the analytics show. Rates are plain numbers (they are displayed, never summed or
 * paid); money per click stays in integer minor units.
 */

/** Conversions per unique click; null without clicks (an undefined rate, not 0 %). */
export function conversionRate(conversions: number, uniqueClicks: number): number | null {
  return uniqueClicks > 0 ? conversions / uniqueClicks : null;
}

/** Earnings per click in minor units, rounded half-up like every other money division. */
export function earningsPerClick(commission: bigint, clicks: number): bigint | null {
  return clicks > 0 ? divideHalfUp(commission, BigInt(clicks)) : null;
}

/** `part` as a fraction of `whole`; null when the whole is not positive. */
export function shareOf(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  // Four decimals of the fraction, computed in integers, then scaled down for display.
  return Number(divideHalfUp(part * 10_000n, whole)) / 10_000;
}
