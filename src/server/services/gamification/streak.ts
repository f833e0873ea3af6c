import { isoWeekKey, shiftWeek } from "~/lib/dates";

/**
 * How many active weeks in a row the partner has, counting back from this week, or from last
 * week when this one has no activity yet (a streak is not lost on Monday morning). Weeks are
 * ISO keys ("2026-W07"); unknown or repeated keys are ignored.
 */
export function currentStreak(activeWeeks: Iterable<string>, now: Date): number {
  const active = new Set(activeWeeks);
  const thisWeek = isoWeekKey(now);
  let week: string | null = active.has(thisWeek) ? thisWeek : shiftWeek(thisWeek, -1);
  let length = 0;
  while (week !== null && active.has(week)) {
    length += 1;
    week = shiftWeek(week, -1);
  }
  return length;
}

/**
 * The weeks that earn streak points: active weeks whose previous week was active too, i.e.
 * every week from the second of a run on. Sorted, each once.
 */
export function streakWeeks(activeWeeks: Iterable<string>): string[] {
  const active = new Set(activeWeeks);
  return [...active]
    .filter((week) => {
      const before = shiftWeek(week, -1);
      return before !== null && active.has(before);
    })
    .sort();
}
