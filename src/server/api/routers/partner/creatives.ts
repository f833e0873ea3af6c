import { partnerCreativeFiltersSchema } from "~/server/services/creatives/partner/creative-filters";
import { creativeEmbed } from "~/server/services/creatives/partner/creative-embed";
import { getPartnerCreative } from "~/server/services/creatives/partner/get-partner-creative";
import { listPartnerCreatives } from "~/server/services/creatives/partner/list-partner-creatives";
import { createTRPCRouter, enrolledProcedure } from "../../trpc";

/**
 * A partner's view of a program's creative library. Every call is scoped to the caller's own
 * enrollment: only active partners of the creative's program get anything.
 */
export const partnerCreativesRouter = createTRPCRouter({
  list: enrolledProcedure("active")
    .input(partnerCreativeFiltersSchema)
    .query(({ ctx, input }) => listPartnerCreatives(ctx, input)),

  get: enrolledProcedure("active", "creative").query(({ ctx, input }) =>
    getPartnerCreative(ctx, input),
  ),

  /** Makes the partner's link for the creative on first use, hence a mutation. */
  embed: enrolledProcedure("active", "creative").mutation(({ ctx, input }) =>
    creativeEmbed(ctx, input),
  ),
});
