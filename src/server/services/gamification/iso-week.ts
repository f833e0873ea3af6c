const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** The Monday 00:00 UTC that starts the ISO week containing `date`. */
export function isoWeekStart(date: Date): Date {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(day - weekday * DAY_MS);
}

/** "2026-W07": the ISO week-numbering year (of the week's Thursday) and week number. */
export function isoWeekKey(date: Date): string {
  const thursday = new Date(isoWeekStart(date).getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The Monday that starts an ISO week key; null for a key that is not one. */
export function weekKeyStart(key: string): Date | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  // January 4th is always in week 1.
  const start = isoWeekStart(new Date(Date.UTC(year, 0, 4)));
  const monday = new Date(start.getTime() + (week - 1) * WEEK_MS);
  return week >= 1 && isoWeekKey(monday) === key ? monday : null;
}

/** The key of the week `offset` weeks after the one of `key` (negative: before). */
export function shiftWeek(key: string, offset: number): string | null {
  const start = weekKeyStart(key);
  return start ? isoWeekKey(new Date(start.getTime() + offset * WEEK_MS)) : null;
}
