import { z } from "zod";
import { listNotifications } from "~/server/services/notifications/list-notifications";
import {
  markAllNotificationsRead,
  markNotificationsRead,
} from "~/server/services/notifications/mark-read";
import { unreadCount } from "~/server/services/notifications/unread-count";
import { createTRPCRouter, partnerProcedure } from "../../trpc";

/** The caller's own in-portal notices: nothing here takes a user id, it is always theirs. */
export const partnerNotificationsRouter = createTRPCRouter({
  list: partnerProcedure
    .input(
      z.object({
        after: z.uuid().optional(),
        limit: z.number().int().min(1).max(50).default(10),
        unreadOnly: z.boolean().optional(),
      }),
    )
    .query(({ ctx, input }) => listNotifications(ctx, input)),

  unreadCount: partnerProcedure.query(({ ctx }) => unreadCount(ctx)),

  markRead: partnerProcedure
    .input(z.object({ ids: z.array(z.uuid()).min(1).max(100) }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),

  markAllRead: partnerProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx)),
});
