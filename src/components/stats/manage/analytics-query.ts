import type { PeriodInput } from "~/server/services/stats/program/period";

/** The analytics page's state, all in its URL so every view can be linked and reloaded. */
export type AnalyticsQuery = {
  range: string;
  from?: string;
  to?: string;
  /** Top partners ranked by. */
  metric: "revenue" | "commission" | "clicks";
  /** Page of top partners, links, creatives. */
  pp: number;
  lp: number;
  cp: number;
};

/** The query-string form of a period: what the page and its CSV exports both read. */
export function periodQuery(period: PeriodInput): Pick<AnalyticsQuery, "range" | "from" | "to"> {
  return "preset" in period
    ? { range: period.preset }
    : { range: "custom", from: period.from, to: period.to };
}

export function analyticsHref(
  slug: string,
  query: AnalyticsQuery,
  changes: Partial<AnalyticsQuery> = {},
): string {
  const merged = { ...query, ...changes };
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(merged)) {
    // Defaults stay out of the URL: first pages, revenue ranking.
    if (value === undefined || value === "" || value === 1 || value === "revenue") continue;
    if (merged.range !== "custom" && (name === "from" || name === "to")) continue;
    search.set(name, String(value));
  }
  return `/manage/${slug}/analytics${search.size ? `?${search}` : ""}`;
}
