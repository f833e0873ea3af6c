import { rewardsPrograms } from "~/server/services/gamification/partner/rewards-programs";
import { partnerRewards } from "~/server/services/gamification/partner/partner-rewards";
import {
  partnerPointsHistory,
  pointsHistoryInput,
} from "~/server/services/gamification/partner/points-history";
import { createTRPCRouter, enrolledProcedure, partnerProcedure } from "../../trpc";

/** A partner's own points, badges and tier; another program's id answers NOT_FOUND. */
export const partnerRewardsRouter = createTRPCRouter({
  programs: partnerProcedure.query(({ ctx }) => rewardsPrograms(ctx.db, ctx.userId)),
  summary: enrolledProcedure("partner").query(({ ctx }) => partnerRewards(ctx)),
  history: enrolledProcedure("partner")
    .input(pointsHistoryInput)
    .query(({ ctx, input }) => partnerPointsHistory(ctx, input)),
});
