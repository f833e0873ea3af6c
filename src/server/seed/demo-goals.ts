/**
 * The demo partner's weekly goal, so their home page shows one in progress with a streak: a
 * target the last three whole weeks all reached (conversions when they had a few every week,
 * clicks otherwise), counted from five weeks back. Written directly, since `since` lies in the
 * past; run after the demo activity whose rollups it reads. Does nothing if a goal exists.
 */
import { eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { partnerGoals } from "~/server/db/schema";
import { loadGoal } from "~/server/services/goals/get-weekly-goal";
import { goalWeek, weeklyTotals } from "~/server/services/goals/week";
import { partnerDailyStats } from "~/server/services/stats/partner/daily-stats";
import { addDays, isoWeekKey } from "~/lib/dates";
import type { GoalMetric } from "~/lib/validation/weekly-goal";

/** Down to two significant digits, so the target reads like one a person would pick. */
export const roundTarget = (value: bigint): bigint => {
  let unit = 1n;
  while (value / unit >= 100n) unit *= 10n;
  return (value / unit) * unit;
};

export async function seedDemoGoal(
  db: Db,
  ids: { programId: string; enrollmentId: string },
  now = new Date(),
): Promise<{ metric: GoalMetric; target: bigint } | null> {
  const { timeZone, goal } = await loadGoal(db, ids.enrollmentId);
  if (goal) return null;
  const week = goalWeek(now, timeZone);
  const since = addDays(week.from, -35);
  const days = await partnerDailyStats(db, { ...ids, from: since, to: week.to });
  const lastThree = [1, 2, 3].map((back) => isoWeekKey(addDays(week.from, -7 * back)));
  const lowest = (metric: GoalMetric) => {
    const totals = weeklyTotals(days, metric);
    return lastThree
      .map((key) => totals.get(key) ?? 0n)
      .reduce((low, value) => (value < low ? value : low));
  };
  const conversions = lowest("conversions");
  const metric: GoalMetric = conversions >= 3n ? "conversions" : "clicks";
  const low = metric === "conversions" ? conversions : lowest("clicks");
  const target = roundTarget(low > 0n ? low : 10n);
  await db
    .insert(partnerGoals)
    .values({ enrollmentId: ids.enrollmentId, metric, target, since })
    .onConflictDoNothing();
  const [row] = await db
    .select({ metric: partnerGoals.metric, target: partnerGoals.target })
    .from(partnerGoals)
    .where(eq(partnerGoals.enrollmentId, ids.enrollmentId));
  return row ?? null;
}
