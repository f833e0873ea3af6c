/**
 * Clicks per impression as a fraction (0.0125 = 1.25 %), or null without impressions: a
 * creative nobody has seen has no rate, which is not the same as a rate of zero. Clicks can
 * exceed impressions (the link is shared without the banner too), so it is not capped.
 */
export function clickThroughRate(clicks: number, impressions: number): number | null {
  if (impressions <= 0) return null;
  return clicks / impressions;
}
