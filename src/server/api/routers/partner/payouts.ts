import { z } from "zod";
import { cancelOwnPayout } from "~/server/services/payouts/cancel-payout";
import { payoutDetailsSchema } from "~/server/services/payouts/details-schema";
import { getPayoutDetails } from "~/server/services/payouts/get-details";
import { listPartnerPayouts } from "~/server/services/payouts/list-partner-payouts";
import { requestPayout } from "~/server/services/payouts/request-payout";
import { savePayoutDetails } from "~/server/services/payouts/save-details";
import { createTRPCRouter, enrolledProcedure, partnerProcedure } from "../../trpc";

export const partnerPayoutsRouter = createTRPCRouter({
  details: partnerProcedure.query(({ ctx }) => getPayoutDetails(ctx)),

  saveDetails: partnerProcedure
    .input(payoutDetailsSchema)
    .mutation(({ ctx, input }) => savePayoutDetails(ctx, input)),

  request: enrolledProcedure("any").mutation(({ ctx }) => requestPayout(ctx)),

  cancel: partnerProcedure
    .input(z.object({ payoutId: z.uuid() }))
    .mutation(({ ctx, input }) => cancelOwnPayout(ctx, input)),

  list: partnerProcedure
    .input(
      z.object({
        programId: z.uuid().optional(),
        limit: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(({ ctx, input }) => listPartnerPayouts(ctx, input)),
});
