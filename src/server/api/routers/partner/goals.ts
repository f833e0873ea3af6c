import { clearWeeklyGoal } from "~/server/services/goals/clear-weekly-goal";
import { getWeeklyGoal } from "~/server/services/goals/get-weekly-goal";
import { setWeeklyGoal, setWeeklyGoalInput } from "~/server/services/goals/set-weekly-goal";
import { createTRPCRouter, enrolledProcedure } from "../../trpc";

/**
 * The partner's own weekly goal in one program, beside their dashboard figures: whoever may
 * see those (suspended partners included) may aim at them. A foreign program id answers
 * NOT_FOUND. Each call answers the goal as it now stands, with this week's progress.
 */
const ownGoal = enrolledProcedure("partner");

export const partnerGoalsRouter = createTRPCRouter({
  get: ownGoal.query(({ ctx }) => getWeeklyGoal(ctx)),

  set: ownGoal.input(setWeeklyGoalInput).mutation(({ ctx, input }) => setWeeklyGoal(ctx, input)),

  clear: ownGoal.mutation(({ ctx }) => clearWeeklyGoal(ctx)),
});
