/**
 * When a digest is due and which days it covers. A weekly digest goes out on Monday morning
 * in the recipient's own time zone and covers the ISO week that just ended; a monthly one
 * on the 1st and covers the month that just ended. Pure, so the calendar rules are unit-tested.
 */
import { addDays, isoWeekKey, zonedClock } from "~/lib/dates";
import { previousMonth, previousPeriod } from "~/lib/period";

export type DigestFrequency = "weekly" | "monthly";

export type DigestPeriod = {
  frequency: DigestFrequency;
  /** digest_sends.period: "2026-W48" (ISO week) or "2026-11". */
  key: string;
  /** Covered days, inclusive, as local calendar dates (stats_daily days are compared as is). */
  from: string;
  to: string;
  /** The period before, for "against last week". */
  previousFrom: string;
  previousTo: string;
};

/** Digests go out from 08:00 local time. */
export const SEND_HOUR = 8;
/**
 * Runs are hourly; a recipient whose 08:00 hour was missed (worker down, a slow run) is still
 * served during the next few hours of the same morning rather than skipped for a whole period.
 * digest_sends makes a second send for the same period impossible either way.
 */
export const CATCH_UP_HOURS = 4;

/** The period a digest sent at `now` in `zone` covers, or null when it is not sending time there. */
export function duePeriod(
  now: Date,
  zone: string,
  frequency: DigestFrequency,
): DigestPeriod | null {
  const { day, weekday, hour } = zonedClock(now, zone);
  if (hour < SEND_HOUR || hour >= SEND_HOUR + CATCH_UP_HOURS) return null;
  if (frequency === "weekly") return weekday === 1 ? weekEnding(addDays(day, -1)) : null;
  return day.endsWith("-01") ? monthBefore(day) : null;
}

/** The ISO week (Monday to Sunday) whose Sunday is `sunday`, and the week before. */
export function weekEnding(sunday: string): DigestPeriod {
  const week = { from: addDays(sunday, -6), to: sunday };
  const previous = previousPeriod(week);
  return {
    frequency: "weekly",
    key: isoWeekKey(week.from),
    ...week,
    previousFrom: previous.from,
    previousTo: previous.to,
  };
}

/** The calendar month before the one `firstOfMonth` starts, and the month before that. */
export function monthBefore(firstOfMonth: string): DigestPeriod {
  const month = previousMonth(firstOfMonth);
  const previous = previousMonth(month.from);
  return {
    frequency: "monthly",
    key: month.to.slice(0, 7),
    ...month,
    previousFrom: previous.from,
    previousTo: previous.to,
  };
}

/** The digests due at `now`: per frequency, the zones where it is sending time and their period. */
export function dueRuns(
  now: Date,
  zones: readonly string[],
): { period: DigestPeriod; zones: string[] }[] {
  const runs: { period: DigestPeriod; zones: string[] }[] = [];
  for (const frequency of ["weekly", "monthly"] as const) {
    const due = zones.flatMap((zone) => {
      const period = duePeriod(now, zone, frequency);
      return period ? [{ zone, period }] : [];
    });
    // Every zone inside the morning window is on the same local date, hence the same period;
    // grouping by key keeps that an observation rather than an assumption.
    const byKey = new Map<string, { period: DigestPeriod; zones: string[] }>();
    for (const { zone, period } of due) {
      const run = byKey.get(period.key) ?? { period, zones: [] };
      run.zones.push(zone);
      byKey.set(period.key, run);
    }
    runs.push(...byKey.values());
  }
  return runs;
}
