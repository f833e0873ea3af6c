import { z } from "zod";
import { pageSchema } from "~/lib/paging";
import { getPartnerContest } from "~/server/services/contests/partner-contest";
import { listPartnerContests } from "~/server/services/contests/partner-contests";
import { createTRPCRouter, enrolledProcedure, partnerProcedure } from "../../trpc";

/**
 * Contests of the caller's programs they are eligible for. Another program's contest, or one
 * the partner cannot take part in, answers NOT_FOUND.
 */
export const partnerContestsRouter = createTRPCRouter({
  list: partnerProcedure
    .input(z.object({ page: pageSchema }).default({ page: 1 }))
    .query(({ ctx, input }) => listPartnerContests(ctx, input)),

  get: enrolledProcedure("any", "contest").query(({ ctx, input }) => getPartnerContest(ctx, input)),
});
