import { eq } from "drizzle-orm";
import { partnerGoals } from "~/server/db/schema";
import type { PartnerContext } from "../context";
import { getWeeklyGoal, type WeeklyGoalView } from "./get-weekly-goal";

/** Removes the partner's weekly goal in the program (a new one starts its streak afresh). */
export async function clearWeeklyGoal(
  ctx: PartnerContext,
  now = new Date(),
): Promise<WeeklyGoalView> {
  await ctx.db.delete(partnerGoals).where(eq(partnerGoals.enrollmentId, ctx.enrollment.id));
  return getWeeklyGoal(ctx, now);
}
