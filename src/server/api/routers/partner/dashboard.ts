import { dashboardPanels } from "~/server/services/engagement/dashboard-panels";
import { partnerHome } from "~/server/services/engagement/partner-home";
import { dashboardSummary } from "~/server/services/stats/partner/get-summary";
import { dashboardSeries } from "~/server/services/stats/partner/get-series";
import { dashboardByLink } from "~/server/services/stats/partner/list-by-link";
import { dashboardBySubId } from "~/server/services/stats/partner/list-by-sub-id";
import { dashboardRecent } from "~/server/services/stats/partner/list-recent";
import { breakdownInput, dashboardInput } from "~/server/services/stats/partner/scope";
import { createTRPCRouter, enrolledProcedure } from "../../trpc";

/** Partners now or before see their own figures: suspended ones too, and those in training. */
const ownFigures = enrolledProcedure("partner");

/**
 * The partner's live dashboard of one program (their own enrollment, resolved by the procedure:
 * a foreign program id answers NOT_FOUND). Every figure but the recent conversions comes from the rollups.
 */
export const partnerDashboardRouter = createTRPCRouter({
  summary: ownFigures.input(dashboardInput).query(({ ctx, input }) => dashboardSummary(ctx, input)),

  series: ownFigures.input(dashboardInput).query(({ ctx, input }) => dashboardSeries(ctx, input)),

  byLink: ownFigures.input(breakdownInput).query(({ ctx, input }) => dashboardByLink(ctx, input)),

  /** Contests, the next webinar, training, tier and badges: the engagement panels. */
  engagement: ownFigures.query(({ ctx }) => dashboardPanels(ctx)),

  /** The home's first screen: today and this month, balance, panels and the next action. */
  home: ownFigures.query(({ ctx }) => partnerHome(ctx)),

  bySubId: ownFigures.input(breakdownInput).query(({ ctx, input }) => dashboardBySubId(ctx, input)),

  recent: ownFigures.query(({ ctx }) => dashboardRecent(ctx)),
});
