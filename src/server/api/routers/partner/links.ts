import { z } from "zod";
import { createLinkSchema, destinationInputSchema } from "~/lib/validation/links";
import { createLink } from "~/server/services/links/create-link";
import { linkQrCode } from "~/server/services/links/link-qr-code";
import { listLinks } from "~/server/services/links/list-links";
import { setLinkDestination } from "~/server/services/links/set-link-destination";
import { setLinkDisabled } from "~/server/services/links/set-link-disabled";
import { listOwnPromoCodes } from "~/server/services/promo-codes/list-own-promo-codes";
import { createTRPCRouter, enrolledProcedure, partnerProcedure } from "../../trpc";

/**
 * A partner's own tracking links and promo codes. Lists read any enrollment (the page tells a
 * pending partner why it is empty); making a link needs an active one; a link named by id is
 * found only among the caller's own.
 */
export const partnerLinksRouter = createTRPCRouter({
  list: enrolledProcedure("any")
    .input(
      z.object({
        after: z.uuid().optional(),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(({ ctx, input }) => listLinks(ctx, input)),

  create: enrolledProcedure("active")
    .input(createLinkSchema)
    .mutation(({ ctx, input }) => createLink(ctx, input)),

  setDisabled: partnerProcedure
    .input(z.object({ linkId: z.uuid(), disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setLinkDisabled(ctx, input)),

  setDestination: partnerProcedure
    .input(z.object({ linkId: z.uuid(), destination: destinationInputSchema }))
    .mutation(({ ctx, input }) => setLinkDestination(ctx, input)),

  qrCode: partnerProcedure
    .input(z.object({ linkId: z.uuid() }))
    .query(({ ctx, input }) => linkQrCode(ctx, input)),

  promoCodes: enrolledProcedure("any").query(({ ctx }) => listOwnPromoCodes(ctx)),
});
