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
 * Clicks per impression as a fraction (0.0125 = 1.25 %), or null without impressions: a
 * creative nobody has seen has no rate, which is not the same as a rate of zero. Clicks can
 * exceed impressions (the link is shared without the banner too), so it is not capped.
 */
export function clickThroughRate(clicks: number, impressions: number): number | null {
  return impressions > 0 ? clicks / impressions : null;
}

/** `part` as a fraction of `whole`; null when the whole is not positive. */
export function shareOf(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  // Four decimals of the fraction, computed in integers, then scaled down for display.
  return Number(divideHalfUp(part * 10_000n, whole)) / 10_000;
}

export type Change = { direction: "up" | "down" | "flat"; ratio: number | null };

/**
 * How a figure moved against the previous period: the direction, and the relative change
 * (0.25 for +25 %), exact to a hundredth of a percent even for amounts past 2^53. From a zero
 * previous value any growth is infinite: the ratio is null (0 when nothing moved either).
 */
export function changeOf(current: bigint | number, previous: bigint | number): Change {
  const now = BigInt(current);
  const before = BigInt(previous);
  const direction = now > before ? "up" : now < before ? "down" : "flat";
  if (before === 0n) return { direction, ratio: direction === "flat" ? 0 : null };
  const magnitude = before < 0n ? -before : before;
  return { direction, ratio: Number(divideHalfUp((now - before) * 10_000n, magnitude)) / 10_000 };
}
