import { z } from "zod";
import { dashboardPanels } from "~/server/services/engagement/dashboard-panels";
import { dashboardSummary } from "~/server/services/stats/dashboard/get-summary";
import { dashboardSeries } from "~/server/services/stats/dashboard/get-series";
import { dashboardByLink } from "~/server/services/stats/dashboard/list-by-link";
import { dashboardBySubId } from "~/server/services/stats/dashboard/list-by-sub-id";
import { dashboardRecent } from "~/server/services/stats/dashboard/list-recent";
import { breakdownInput, dashboardInput } from "~/server/services/stats/dashboard/scope";
import { createTRPCRouter, partnerProcedure } from "../../trpc";

/**
 * The partner's live dashboard of one program (their own enrollment: a foreign program id
 * answers NOT_FOUND). Every figure but the recent conversions comes from the rollups.
 */
export const partnerDashboardRouter = createTRPCRouter({
  summary: partnerProcedure
    .input(dashboardInput)
    .query(({ ctx, input }) => dashboardSummary(ctx, input)),

  series: partnerProcedure
    .input(dashboardInput)
    .query(({ ctx, input }) => dashboardSeries(ctx, input)),

  byLink: partnerProcedure
    .input(breakdownInput)
    .query(({ ctx, input }) => dashboardByLink(ctx, input)),

  /** Contests, the next webinar, training, tier and badges: the engagement panels. */
  engagement: partnerProcedure
    .input(z.object({ programId: z.uuid() }))
    .query(({ ctx, input }) => dashboardPanels(ctx, input)),

  bySubId: partnerProcedure
    .input(breakdownInput)
    .query(({ ctx, input }) => dashboardBySubId(ctx, input)),

  recent: partnerProcedure
    .input(z.object({ programId: z.uuid() }))
    .query(({ ctx, input }) => dashboardRecent(ctx, input)),
});
