import { z } from "zod";
import { pageSchema, pageSizeSchema } from "~/lib/paging";
import { subscriberStatus } from "~/server/db/schema";
import { countSubscribers, listSubscribers } from "~/server/services/subscribers/list-subscribers";
import { removeSubscriber } from "~/server/services/subscribers/remove-subscriber";
import { createTRPCRouter, managerProcedure } from "../../trpc";

export const manageSubscribersRouter = createTRPCRouter({
  list: managerProcedure("program.read")
    .input(
      z.object({
        status: z.enum(subscriberStatus.enumValues).optional(),
        search: z.string().trim().max(100).optional(),
        page: pageSchema,
        pageSize: pageSizeSchema(100, 25),
      }),
    )
    .query(({ ctx, input }) => listSubscribers(ctx, input)),

  counts: managerProcedure("program.read").query(({ ctx }) => countSubscribers(ctx)),

  remove: managerProcedure("program.update")
    .input(z.object({ subscriberId: z.uuid() }))
    .mutation(({ ctx, input }) => removeSubscriber(ctx, input)),
});
