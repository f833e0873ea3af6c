import { z } from "zod";
import { promoCodeSchema } from "~/lib/validation/links";
import { assignPromoCode } from "~/server/services/promo-codes/assign-promo-code";
import { listPromoCodes } from "~/server/services/promo-codes/list-promo-codes";
import { setPromoCodeDisabled } from "~/server/services/promo-codes/set-promo-code-disabled";
import { createTRPCRouter, managerProcedure } from "../../trpc";

export const managePromoCodesRouter = createTRPCRouter({
  list: managerProcedure("promoCodes.read")
    .input(
      z.object({
        after: z.uuid().optional(),
        limit: z.number().int().min(1).max(100).default(25),
      }),
    )
    .query(({ ctx, input }) => listPromoCodes(ctx, input)),

  /** The partner is named by enrollment id or by email (what a manager usually knows). */
  assign: managerProcedure("promoCodes.manage")
    .input(
      z.union([
        z.object({ code: promoCodeSchema, enrollmentId: z.uuid() }),
        z.object({ code: promoCodeSchema, email: z.email() }),
      ]),
    )
    .mutation(({ ctx, input }) => {
      const { programId: _programId, ...rest } = input;
      return assignPromoCode(ctx, rest);
    }),

  setDisabled: managerProcedure("promoCodes.manage")
    .input(z.object({ promoCodeId: z.uuid(), disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setPromoCodeDisabled(ctx, input)),
});
