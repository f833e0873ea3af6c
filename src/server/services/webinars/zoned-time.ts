/**
 * Wall-clock times in IANA zones without a date library: managers state a webinar's start
 * as "10:00 in Europe/Warsaw" and we store the instant. Intl knows every zone's offsets.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const HOUR = 3_600_000;

export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

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

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string) {
  let found = formatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, found);
  }
  return found;
}

/** The wall time at `instant` in `zone`, as milliseconds of that wall time read as UTC. */
function wallAt(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
}

/** The zone's offset from UTC at `instant`, in milliseconds (Warsaw in summer: +2 h). */
export function zoneOffset(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallAt(whole, zone) - whole;
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
  // Offsets a day either side: a zone changes its offset at most once in that span.
  const before = zoneOffset(wall - 24 * HOUR, zone);
  const after = zoneOffset(wall + 24 * HOUR, zone);
  const valid = [before, after]
    .map((offset) => wall - offset)
    .filter((instant) => wallAt(instant, zone) === wall)
    .sort((a, b) => a - b);
  // No candidate: the wall time fell in a gap; the offset before the jump moves it forward.
  return new Date(valid[0] ?? wall - before);
}

/** "2025-03-30T10:00": the wall time of `instant` in `zone`, for datetime-local inputs. */
export function instantToZonedLocal(instant: Date, zone: string): string {
  return new Date(wallAt(instant.getTime(), zone)).toISOString().slice(0, 16);
}
