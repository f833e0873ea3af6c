import { addDays, utcDay } from "~/lib/dates";
import type { DayRange } from "~/lib/period";

/** Days in the calendar month of a "YYYY-MM-…" day. */
function monthLength(day: string): number {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * This month to date (UTC days, the rollups' days) and the same days of the previous month:
 * the 1st to the 8th compares with the 1st to the 8th. A day the previous month does not have
 * (the 31st after a 30-day month) is clamped to its last day, so a whole month compares with
 * the whole month before, whatever their lengths.
 */
export function monthToDate(now: Date): { current: DayRange; previous: DayRange } {
  const today = utcDay(now);
  const first = `${today.slice(0, 7)}-01`;
  const previousFirst = `${addDays(first, -1).slice(0, 7)}-01`;
  const dayOfMonth = Number(today.slice(8, 10));
  const span = Math.min(dayOfMonth, monthLength(previousFirst));
  return {
    current: { from: first, to: today },
    previous: { from: previousFirst, to: addDays(previousFirst, span - 1) },
  };
}
