import { z } from "zod";
import { pageSchema, pageSizeSchema } from "~/lib/paging";
import {
  creativeKinds,
  creativeLanguageSchema,
  creativeMetaSchema,
} from "~/lib/validation/creatives";
import { listCreatives } from "~/server/services/creatives/list-creatives";
import { setCreativeArchived } from "~/server/services/creatives/set-creative-archived";
import { updateCreative } from "~/server/services/creatives/update-creative";
import { createTRPCRouter, managerProcedure } from "../../trpc";

/**
 * The creative library in the console. Uploads are multipart and go through the route
 * handler at /api/manage/{slug}/creatives; everything else is here.
 */
export const manageCreativesRouter = createTRPCRouter({
  list: managerProcedure("program.read")
    .input(
      z.object({
        kind: z.enum(creativeKinds).optional(),
        language: creativeLanguageSchema.optional(),
        tag: z.string().trim().toLowerCase().max(32).optional(),
        search: z.string().trim().max(100).optional(),
        status: z.enum(["active", "archived", "all"]).default("active"),
        page: pageSchema,
        pageSize: pageSizeSchema(60, 24),
      }),
    )
    .query(({ ctx, input }) => {
      const { programId: _programId, ...query } = input;
      return listCreatives(ctx, query);
    }),

  update: managerProcedure("program.update")
    .input(creativeMetaSchema.extend({ creativeId: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...rest } = input;
      return updateCreative(ctx, rest);
    }),

  setArchived: managerProcedure("program.update")
    .input(z.object({ creativeId: z.uuid(), archived: z.boolean() }))
    .mutation(({ ctx, input }) => setCreativeArchived(ctx, input)),
});
