import { z } from "zod";
import { pageSchema, pageSizeSchema } from "~/lib/paging";
import { dailySeries } from "~/server/services/stats/program/daily-series";
import { previousPeriod } from "~/lib/period";
import { periodSchema, resolvePeriod } from "~/server/services/stats/program/period";
import { programOverview } from "~/server/services/stats/program/program-overview";
import { topCreatives } from "~/server/services/stats/program/top-creatives";
import { topLinks } from "~/server/services/stats/program/top-links";
import { topPartners } from "~/server/services/stats/program/top-partners";
import { TABLE_SORTS } from "~/server/services/stats/program/traffic-totals";
import { RANK_METRICS } from "~/server/services/stats/program/rank-partners";
import { createTRPCRouter, managerProcedure } from "../../trpc";

const page = {
  page: pageSchema,
  pageSize: pageSizeSchema(100, 20),
};

/** Program analytics (A3). Periods are UTC days; presets end today. */
export const manageAnalyticsRouter = createTRPCRouter({
  overview: managerProcedure("program.read")
    .input(z.object({ period: periodSchema }))
    .query(({ ctx, input }) => programOverview(ctx, input)),

  /** The period's days and, for comparison lines, the previous period's. */
  series: managerProcedure("program.read")
    .input(z.object({ period: periodSchema }))
    .query(async ({ ctx, input }) => {
      const range = resolvePeriod(input.period);
      return { range, days: await dailySeries(ctx, range), previous: previousPeriod(range) };
    }),

  topPartners: managerProcedure("program.read")
    .input(
      z.object({ period: periodSchema, metric: z.enum(RANK_METRICS).default("revenue"), ...page }),
    )
    .query(({ ctx, input }) => {
      const { period, programId: _programId, ...rest } = input;
      return topPartners(ctx, { ...resolvePeriod(period), ...rest });
    }),

  topLinks: managerProcedure("program.read")
    .input(z.object({ period: periodSchema, sort: z.enum(TABLE_SORTS).default("clicks"), ...page }))
    .query(({ ctx, input }) => {
      const { period, programId: _programId, ...rest } = input;
      return topLinks(ctx, { ...resolvePeriod(period), ...rest });
    }),

  topCreatives: managerProcedure("program.read")
    .input(z.object({ period: periodSchema, sort: z.enum(TABLE_SORTS).default("clicks"), ...page }))
    .query(({ ctx, input }) => {
      const { period, programId: _programId, ...rest } = input;
      return topCreatives(ctx, { ...resolvePeriod(period), ...rest });
    }),
});
