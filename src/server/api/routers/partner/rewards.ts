import { z } from "zod";
import { rewardsPrograms } from "~/server/services/gamification/partner/own-enrollment";
import { partnerRewards } from "~/server/services/gamification/partner/partner-rewards";
import {
  partnerPointsHistory,
  pointsHistoryInput,
} from "~/server/services/gamification/partner/points-history";
import { createTRPCRouter, partnerProcedure } from "../../trpc";

/** A partner's own points, badges and tier; another program's id answers NOT_FOUND. */
export const partnerRewardsRouter = createTRPCRouter({
  programs: partnerProcedure.query(({ ctx }) => rewardsPrograms(ctx.db, ctx.userId)),
  summary: partnerProcedure
    .input(z.object({ programId: z.uuid() }))
    .query(({ ctx, input }) => partnerRewards(ctx, input)),
  history: partnerProcedure
    .input(pointsHistoryInput)
    .query(({ ctx, input }) => partnerPointsHistory(ctx, input)),
});
