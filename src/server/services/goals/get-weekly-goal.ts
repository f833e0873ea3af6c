import { eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments, partnerGoals, users } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { GoalMetric } from "~/lib/validation/weekly-goal";
import type { PartnerContext } from "../context";
import { partnerDailyStats } from "../stats/partner/daily-stats";
import {
  goalBasisPoints,
  goalWeek,
  metWeeksStreak,
  readFrom,
  weeklyTotals,
  type GoalWeek,
} from "./week";

export type WeeklyGoal = { metric: GoalMetric; target: bigint; since: string };

export type WeeklyGoalView = {
  goal: WeeklyGoal | null;
  week: GoalWeek;
  /** This week so far, in the metric's unit (minor units for commission); 0 without a goal. */
  value: bigint;
  /** Progress in basis points of the target, capped at 10,000. */
  percent: number;
  met: boolean;
  /** Weeks in a row the goal was met, up to this week (see metWeeksStreak). */
  weeksMetStreak: number;
};

/** The partner's time zone and their goal in the program, if any: one indexed lookup. */
export async function loadGoal(db: Executor, enrollmentId: string) {
  const [row] = await db
    .select({
      timeZone: users.timeZone,
      metric: partnerGoals.metric,
      target: partnerGoals.target,
      since: partnerGoals.since,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .leftJoin(partnerGoals, eq(partnerGoals.enrollmentId, enrollments.id))
    .where(eq(enrollments.id, enrollmentId));
  if (!row) throw notFound("enrollment");
  const { timeZone, metric, target, since } = row;
  const goal = metric && target !== null && since ? { metric, target, since } : null;
  return { timeZone, goal };
}

/**
 * The partner's weekly goal in the program and how this week is going, from the daily rollup
 * the dashboard reads (one row per day, at most a year of them for the streak), never raw events.
 */
export async function getWeeklyGoal(
  ctx: PartnerContext,
  now = new Date(),
): Promise<WeeklyGoalView> {
  const { timeZone, goal } = await loadGoal(ctx.db, ctx.enrollment.id);
  const week = goalWeek(now, timeZone);
  if (!goal) return { goal: null, week, value: 0n, percent: 0, met: false, weeksMetStreak: 0 };
  const days = await partnerDailyStats(ctx.db, {
    programId: ctx.program.id,
    enrollmentId: ctx.enrollment.id,
    from: readFrom(week, goal.since),
    to: week.to,
  });
  const totals = weeklyTotals(days, goal.metric);
  const value = totals.get(week.key) ?? 0n;
  return {
    goal,
    week,
    value,
    percent: goalBasisPoints(value, goal.target),
    met: value >= goal.target,
    weeksMetStreak: metWeeksStreak(totals, goal.target, week, goal.since),
  };
}
