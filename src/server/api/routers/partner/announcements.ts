import { z } from "zod";
import { pageSchema } from "~/server/services/announcements/announcement-input";
import { listPartnerAnnouncements } from "~/server/services/announcements/list-announcements";
import { createTRPCRouter, partnerProcedure } from "../../trpc";

/** News of the programs where the caller is an approved partner; nothing else is reachable. */
export const partnerAnnouncementsRouter = createTRPCRouter({
  list: partnerProcedure
    .input(z.object({ page: pageSchema, programSlug: z.string().trim().max(80).optional() }))
    .query(({ ctx, input }) => listPartnerAnnouncements(ctx, input)),
});
