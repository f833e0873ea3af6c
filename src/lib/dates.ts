/**
 * Time for the whole code base: durations, UTC calendar days, ISO weeks and wall times in IANA
 * zones. Pure, so it serves the client and the server alike.
 *
 * Stats, rollups and contests key their rows by UTC calendar day ("YYYY-MM-DD"). UTC has no
 * daylight-saving changes, so day arithmetic on those keys is exact in milliseconds and stays
 * cheap in the hot paths that walk many days; everything that involves a real zone goes
 * through @date-fns/tz, which reads the offsets from Intl.
 */
import { tz, tzOffset, TZDate } from "@date-fns/tz";
import { format, getISOWeek, getISOWeekYear, setISOWeek, startOfISOWeek } from "date-fns";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

const utc = tz("UTC");

/** The UTC calendar day of an instant, as the daily rollups key it. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** Today's UTC calendar day. */
export const utcToday = (now: Date = new Date()): string => utcDay(now);

/** 00:00 UTC of a calendar day. */
export const utcDayStart = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** The end of a calendar day as an exclusive bound: 00:00 UTC of the next day. */
export const utcDayEnd = (day: string): Date => new Date(utcDayStart(day).getTime() + DAY_MS);

/** The calendar day `days` after `day` (negative: before). */
export const addDays = (day: string, days: number): string =>
  utcDay(new Date(utcDayStart(day).getTime() + days * DAY_MS));

/** Number of days in [from, to], both included. */
export const dayCount = (from: string, to: string): number =>
  Math.round((utcDayStart(to).getTime() - utcDayStart(from).getTime()) / DAY_MS) + 1;

const asInstant = (date: Date | string) => (typeof date === "string" ? utcDayStart(date) : date);

/** The Monday 00:00 UTC that starts the ISO week containing `date` (an instant or a UTC day). */
export function isoWeekStart(date: Date | string): Date {
  return new Date(startOfISOWeek(asInstant(date), { in: utc }).getTime());
}

/** "2026-W07": the ISO week-numbering year (of the week's Thursday) and the week number. */
export function isoWeekKey(date: Date | string): string {
  const instant = asInstant(date);
  const week = getISOWeek(instant, { in: utc });
  return `${getISOWeekYear(instant, { in: utc })}-W${String(week).padStart(2, "0")}`;
}

/** The Monday that starts an ISO week key; null for a key that is not one. */
export function weekKeyStart(key: string): Date | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return null;
  const week = Number(match[2]);
  // January 4th is always in week 1 of its year.
  const monday = isoWeekStart(setISOWeek(Date.UTC(Number(match[1]), 0, 4), week, { in: utc }));
  return week >= 1 && isoWeekKey(monday) === key ? monday : null;
}

/** The key of the week `offset` weeks after the one of `key` (negative: before). */
export function shiftWeek(key: string, offset: number): string | null {
  const start = weekKeyStart(key);
  return start ? isoWeekKey(new Date(start.getTime() + offset * WEEK_MS)) : null;
}

export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2025-03-30T10:00" as milliseconds of the same wall time in UTC; null when not a real time. */
export function parseLocalDateTime(local: string): number | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(wall);
  // Date.UTC rolls 31 February over into March: a rolled value was not a real date.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  return wall;
}

/** The zone's offset from UTC at `instant`, in milliseconds (Warsaw in summer: +2 h). */
export function zoneOffset(instant: number, zone: string): number {
  return tzOffset(zone, new Date(instant)) * MINUTE_MS;
}

/** "2025-03-30T10:00": the wall time of `instant` in `zone`, for datetime-local inputs. */
export function instantToZonedLocal(instant: Date, zone: string): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm", { in: tz(zone) });
}

/**
 * The instant a wall time names in a zone. Where the clocks jump forward (02:30 does not
 * exist) the time moves forward by the jump (03:30); where they fall back (02:30 happens
 * twice) the earlier one wins: the same "compatible" rule as Temporal and most calendars.
 */
export function zonedLocalToInstant(local: string, zone: string): Date {
  const wall = parseLocalDateTime(local);
  if (wall === null) throw new RangeError(`not a local date-time: ${local}`);
  if (!isValidTimeZone(zone)) throw new RangeError(`unknown time zone: ${zone}`);
  const w = new Date(wall);
  const [year, month, day, hour, minute] = [
    w.getUTCFullYear(),
    w.getUTCMonth(),
    w.getUTCDate(),
    w.getUTCHours(),
    w.getUTCMinutes(),
  ];
  // TZDate moves a time in a gap forward, but in an overlap it may read either offset; the
  // reading with the offset in force the day before is the earlier one when it is valid.
  const chosen = new TZDate(year, month, day, hour, minute, zone).getTime();
  const earlier = wall - zoneOffset(wall - DAY_MS, zone);
  const valid = earlier < chosen && instantToZonedLocal(new Date(earlier), zone) === local;
  return new Date(valid ? earlier : chosen);
}

const knownZones = new Map<string, boolean>();

/**
 * Local calendar day, weekday (Monday 1 … Sunday 7) and hour at `now` in `zone`; a zone this
 * runtime does not know reads as UTC, so whatever is scheduled by it still happens.
 */
export function zonedClock(
  now: Date,
  zone: string,
): { day: string; weekday: number; hour: number } {
  let known = knownZones.get(zone);
  if (known === undefined) knownZones.set(zone, (known = isValidTimeZone(zone)));
  const [day, weekday, hour] = format(now, "yyyy-MM-dd|i|H", {
    in: tz(known ? zone : "UTC"),
  }).split("|") as [string, string, string];
  return { day, weekday: Number(weekday), hour: Number(hour) };
}
