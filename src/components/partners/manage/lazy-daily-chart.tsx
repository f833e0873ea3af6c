"use client";

import dynamic from "next/dynamic";

/**
 * The chart's code (recharts is large) loads after the page, in the browser only: the page
 * and its numbers render at once, the chart follows.
 */
export const LazyDailyChart = dynamic(() => import("./daily-chart"), {
  ssr: false,
  loading: () => <div className="h-60 animate-pulse rounded-md bg-zinc-100" aria-hidden />,
});
