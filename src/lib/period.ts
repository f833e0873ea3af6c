/**
 * The period model shared by the partner dashboard, the manager analytics and the digests: an
 * inclusive range of UTC calendar days, and the comparable period a change is measured against.
 */
import { addDays, DAY_MS, dayCount, utcDay, utcDayEnd, utcDayStart } from "./dates";

/** UTC calendar days `from`..`to`, both included, as "YYYY-MM-DD". */
export type DayRange = { from: string; to: string };

/** The last `days` days, today (the UTC day of `now`) included. */
export function lastDays(days: number, now: Date): DayRange {
  const to = utcDay(now);
  return { from: addDays(to, 1 - days), to };
}

/** Instants bounding a range of UTC days: [from 00:00Z, the day after `to` 00:00Z). */
export function periodBounds(range: DayRange): { start: Date; end: Date } {
  return { start: utcDayStart(range.from), end: utcDayEnd(range.to) };
}

/**
 * The period of equal length that ends the day before `period` starts: what deltas compare
 * with. Instants the period carries (`start`, `end`) move by the same number of days, so a
 * partial today compares with yesterday up to the same hour.
 */
export function previousPeriod<T extends DayRange & { start?: Date; end?: Date }>(period: T): T {
  const days = dayCount(period.from, period.to);
  const shift = (at: Date) => new Date(at.getTime() - days * DAY_MS);
  return {
    ...period,
    from: addDays(period.from, -days),
    to: addDays(period.from, -1),
    ...(period.start ? { start: shift(period.start) } : {}),
    ...(period.end ? { end: shift(period.end) } : {}),
  };
}

/**
 * The calendar month before the one `day` falls in: a month compares with the month before,
 * whatever their lengths.
 */
export function previousMonth(day: string): DayRange {
  const to = addDays(`${day.slice(0, 7)}-01`, -1);
  return { from: `${to.slice(0, 7)}-01`, to };
}
