/**
 * The calendar rules of weekly goals, pure so they are unit-tested. A goal's week is the ISO
 * week (Monday to Sunday) the partner is in on their own calendar, in their time zone (the
 * one digests use); its days are read from the daily rollup as calendar days, the way the
 * weekly digest reads them (the rollups keep UTC days: what happens in the few hours a zone
 * is ahead of or behind UTC is counted in the neighbouring day).
 */
import type { DailyStatsRow } from "../stats/partner/daily-stats";
import { currentStreak } from "../gamification/streak";
import { addDays, isoWeekKey, utcDayStart, zonedClock } from "~/lib/dates";
import type { GoalMetric } from "~/lib/validation/weekly-goal";

export type GoalWeek = { key: string; from: string; to: string };

/** Weeks looked back for the streak, this one included: a longer streak is shown as this many. */
export const STREAK_WEEKS_MAX = 52;

/** The week of a calendar day: its Monday, its Sunday and its ISO key ("2026-W07"). */
export function weekOfDay(day: string): GoalWeek {
  const weekday = ((utcDayStart(day).getUTCDay() + 6) % 7) + 1;
  const from = addDays(day, 1 - weekday);
  return { key: isoWeekKey(from), from, to: addDays(from, 6) };
}

/** The week the partner is in at `now`, by the calendar of `zone` (unknown zones read as UTC). */
export function goalWeek(now: Date, zone: string): GoalWeek {
  return weekOfDay(zonedClock(now, zone).day);
}

/** A day's figure for the metric, as a bigint whatever the metric. */
export function metricValue(row: DailyStatsRow, metric: GoalMetric): bigint {
  if (metric === "clicks") return BigInt(row.clicks);
  if (metric === "conversions") return BigInt(row.sales + row.leads + row.installs + row.actions);
  return row.commission;
}

/** The metric summed per ISO week of the days given. */
export function weeklyTotals(rows: readonly DailyStatsRow[], metric: GoalMetric) {
  const totals = new Map<string, bigint>();
  for (const row of rows) {
    const key = isoWeekKey(row.day);
    totals.set(key, (totals.get(key) ?? 0n) + metricValue(row, metric));
  }
  return totals;
}

/**
 * Progress in basis points of the target, rounded down and capped at 10,000 (reached): the
 * figure itself says by how much a week went beyond. Commission net of reversals can be
 * negative: that is no progress.
 */
export function goalBasisPoints(value: bigint, target: bigint): number {
  if (target <= 0n || value <= 0n) return 0;
  const bps = (value * 10_000n) / target;
  return bps >= 10_000n ? 10_000 : Number(bps);
}

/**
 * Weeks in a row the goal was met, counting back from this week, or from last week while this
 * one is not met yet (a streak is not lost on Monday morning). Only weeks from `since` (the
 * goal's first Monday) count: earlier weeks were not aimed at it.
 */
export function metWeeksStreak(
  totals: ReadonlyMap<string, bigint>,
  target: bigint,
  week: GoalWeek,
  since: string,
): number {
  const first = isoWeekKey(since);
  const met = [...totals]
    .filter(([key, value]) => key >= first && value >= target)
    .map(([key]) => key);
  return currentStreak(met, utcDayStart(week.from));
}

/**
 * The first day to read for a goal at `week`: the goal's first Monday, but no more than
 * STREAK_WEEKS_MAX weeks back, and never after the week itself (a partner who moved to a zone
 * behind may be a day before the Monday their goal starts on).
 */
export function readFrom(week: GoalWeek, since: string): string {
  const earliest = addDays(week.from, -7 * (STREAK_WEEKS_MAX - 1));
  const from = since > earliest ? since : earliest;
  return from < week.from ? from : week.from;
}

/**
 * The `since` of a goal after it is set: a new goal, another metric or a lower target starts
 * counting from this week (past weeks were not aimed at it, and lowering the bar must not
 * rewrite the weeks before); the same or a higher target keeps the weeks already counted.
 */
export function sinceAfterChange(
  previous: { metric: GoalMetric; target: bigint; since: string } | null,
  next: { metric: GoalMetric; target: bigint },
  week: GoalWeek,
): string {
  if (!previous || previous.metric !== next.metric || next.target < previous.target)
    return week.from;
  return previous.since;
}
