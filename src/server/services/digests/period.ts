/**
 * When a digest is due and which days it covers. A weekly digest goes out on Monday morning
 * in the recipient's own time zone and covers the ISO week that just ended; a monthly one
 * on the 1st and covers the month that just ended. Pure, so the calendar rules are unit-tested.
 */

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

const DAY_MS = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** "2026-W01" for any day of ISO week 1 of 2026 (weeks start on Monday; week 1 has a Thursday). */
export function isoWeekKey(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  // The week's Thursday decides its year; week n has its Thursday in days 7(n-1)+1 … 7n.
  const index = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(index).padStart(2, "0")}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Local date, weekday (Monday 1 … Sunday 7) and hour at `now` in `zone`; unknown zones read as UTC. */
export function localClock(
  now: Date,
  zone: string,
): { day: string; weekday: number; hour: number } {
  let formatter = formatters.get(zone);
  if (!formatter) {
    try {
      formatter = localClockFormatter(zone);
    } catch {
      // A zone this runtime does not know: the digest still goes out, on UTC time.
      formatter = localClockFormatter("UTC");
    }
    formatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(now).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return { day, weekday, hour: Number(parts.hour) };
}

function localClockFormatter(zone: string) {
  return new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
  });
}

/** The period a digest sent at `now` in `zone` covers, or null when it is not sending time there. */
export function duePeriod(
  now: Date,
  zone: string,
  frequency: DigestFrequency,
): DigestPeriod | null {
  const { day, weekday, hour } = localClock(now, zone);
  if (hour < SEND_HOUR || hour >= SEND_HOUR + CATCH_UP_HOURS) return null;
  if (frequency === "weekly") return weekday === 1 ? weekEnding(addDays(day, -1)) : null;
  return day.endsWith("-01") ? monthBefore(day) : null;
}

/** The ISO week (Monday to Sunday) whose Sunday is `sunday`, and the week before. */
export function weekEnding(sunday: string): DigestPeriod {
  const from = addDays(sunday, -6);
  return {
    frequency: "weekly",
    key: isoWeekKey(from),
    from,
    to: sunday,
    previousFrom: addDays(from, -7),
    previousTo: addDays(from, -1),
  };
}

/** The calendar month before the one `firstOfMonth` starts, and the month before that. */
export function monthBefore(firstOfMonth: string): DigestPeriod {
  const to = addDays(firstOfMonth, -1);
  const from = `${to.slice(0, 7)}-01`;
  const previousTo = addDays(from, -1);
  return {
    frequency: "monthly",
    key: to.slice(0, 7),
    from,
    to,
    previousFrom: `${previousTo.slice(0, 7)}-01`,
    previousTo,
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
