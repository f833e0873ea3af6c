import { z } from "zod";
import { slugSchema } from "~/lib/validation/programs";
import { createLinkSchema } from "~/lib/validation/links";
import { createLink } from "~/server/services/links/create-link";
import { linkQrCode } from "~/server/services/links/link-qr-code";
import { listLinks } from "~/server/services/links/list-links";
import { setLinkDisabled } from "~/server/services/links/set-link-disabled";
import { listOwnPromoCodes } from "~/server/services/promo-codes/list-own-promo-codes";
import { createTRPCRouter, partnerProcedure } from "../../trpc";

/** A partner's own tracking links and promo codes; every call is scoped to the caller. */
export const partnerLinksRouter = createTRPCRouter({
  list: partnerProcedure
    .input(
      z.object({
        slug: slugSchema,
        after: z.uuid().optional(),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(({ ctx, input }) => listLinks(ctx, input)),

  create: partnerProcedure
    .input(createLinkSchema)
    .mutation(({ ctx, input }) => createLink(ctx, input)),

  setDisabled: partnerProcedure
    .input(z.object({ linkId: z.uuid(), disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setLinkDisabled(ctx, input)),

  qrCode: partnerProcedure
    .input(z.object({ linkId: z.uuid() }))
    .query(({ ctx, input }) => linkQrCode(ctx, input)),

  promoCodes: partnerProcedure
    .input(z.object({ slug: slugSchema }))
    .query(({ ctx, input }) => listOwnPromoCodes(ctx, input)),
});
