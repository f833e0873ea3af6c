import { addDays, utcDay } from "~/lib/dates";

/** How far back the console's partner performance figures look. */
export const PERFORMANCE_DAYS = 30;

export type DayWindow = { from: string; to: string };

/**
 * The last `days` UTC days through today, inclusive: the same calendar days the daily rollup
 * and the running totals are keyed by, so a list, a ranking and a detail page agree.
 */
export function performanceWindow(now: Date, days = PERFORMANCE_DAYS): DayWindow {
  const to = utcDay(now);
  return { from: addDays(to, -(days - 1)), to };
}

/** The first instant of the window, for the hourly rollup keyed by timestamps. */
export const windowStart = (window: DayWindow) => new Date(`${window.from}T00:00:00Z`);
