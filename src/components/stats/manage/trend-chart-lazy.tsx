"use client";

import dynamic from "next/dynamic";

/**
 * The chart loads after the page: recharts is large and the figures above it are already
 * readable, so it stays out of the first load and is only rendered in the browser.
 */
export const TrendChartLazy = dynamic(() => import("./trend-chart"), {
  ssr: false,
  loading: () => <div className="h-72 w-full animate-pulse rounded-md bg-zinc-100" />,
});
