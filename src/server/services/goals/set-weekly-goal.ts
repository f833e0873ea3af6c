import { z } from "zod";
import { partnerGoals } from "~/server/db/schema";
import { weeklyGoalSchema } from "~/lib/validation/weekly-goal";
import type { PartnerContext } from "../context";
import { getWeeklyGoal, loadGoal, type WeeklyGoalView } from "./get-weekly-goal";
import { goalWeek, sinceAfterChange } from "./week";

export const setWeeklyGoalInput = z.object({ goal: weeklyGoalSchema });
export type SetWeeklyGoalInput = z.input<typeof setWeeklyGoalInput>;

/**
 * Sets or changes the partner's own weekly goal in the program. Not audited: like their
 * profile, time zone and email preferences it is a personal setting that moves no money and
 * touches nobody else's data.
 */
export async function setWeeklyGoal(
  ctx: PartnerContext,
  input: SetWeeklyGoalInput,
  now = new Date(),
): Promise<WeeklyGoalView> {
  const { goal } = setWeeklyGoalInput.parse(input);
  await ctx.db.transaction(async (tx) => {
    const current = await loadGoal(tx, ctx.enrollment.id);
    const since = sinceAfterChange(current.goal, goal, goalWeek(now, current.timeZone));
    const values = { metric: goal.metric, target: goal.target, since };
    await tx
      .insert(partnerGoals)
      .values({ enrollmentId: ctx.enrollment.id, ...values })
      .onConflictDoUpdate({ target: partnerGoals.enrollmentId, set: values });
  });
  return getWeeklyGoal(ctx, now);
}
