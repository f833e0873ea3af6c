import { z } from "zod";
import {
  announcementInputSchema,
  pageSchema,
} from "~/server/services/announcements/announcement-input";
import { listManagedAnnouncements } from "~/server/services/announcements/list-announcements";
import { postAnnouncement } from "~/server/services/announcements/post-announcement";
import { createTRPCRouter, managerProcedure } from "../../trpc";

/** Program news: the console's history (automatic ones included) and posting. */
export const manageAnnouncementsRouter = createTRPCRouter({
  list: managerProcedure("program.read")
    .input(z.object({ page: pageSchema }))
    .query(({ ctx, input }) => listManagedAnnouncements(ctx, input)),

  post: managerProcedure("program.update")
    .input(announcementInputSchema)
    .mutation(({ ctx, input }) => postAnnouncement(ctx, input)),
});
