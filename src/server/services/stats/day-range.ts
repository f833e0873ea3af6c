import { z } from "zod";
import { DAY_MS } from "~/lib/dates";

/** Longest range a stats query accepts: a leap year, so "the last 12 months" always fits. */
export const MAX_RANGE_DAYS = 366;

/** Days from `from` to `to` inclusive; both are UTC calendar days as YYYY-MM-DD. */
export function daysInRange(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** An inclusive range of UTC days, at most MAX_RANGE_DAYS long and never reversed. */
export const dayRangeSchema = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((r) => r.from <= r.to, { message: "rangeReversed", path: ["to"] })
  .refine((r) => daysInRange(r.from, r.to).length <= MAX_RANGE_DAYS, {
    message: "rangeTooLong",
    path: ["to"],
  });

/**
 * One entry per day of the range, in order: the rows that exist (keyed by `day`) and `empty`
 * for the days without any, so charts get a continuous series.
 */
export function fillDays<T extends { day: string }>(
  from: string,
  to: string,
  rows: readonly T[],
  empty: (day: string) => T,
): T[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return daysInRange(from, to).map((day) => byDay.get(day) ?? empty(day));
}
