import { z } from "zod";
import { pageSchema, pageSizeSchema } from "~/lib/paging";
import { cancelProgramPayout } from "~/server/services/payouts/cancel-payout";
import { createPayoutBatch } from "~/server/services/payouts/create-batch";
import { exportBatchCsv } from "~/server/services/payouts/export-csv";
import { listPayoutBatches } from "~/server/services/payouts/list-batches";
import { listProgramPayouts } from "~/server/services/payouts/list-payouts";
import { markPayoutPaid } from "~/server/services/payouts/mark-paid";
import { createTRPCRouter, managerProcedure } from "../../trpc";

export const managePayoutsRouter = createTRPCRouter({
  list: managerProcedure("payouts.read")
    .input(
      z.object({
        status: z.enum(["requested", "paid", "cancelled"]).optional(),
        page: pageSchema,
        pageSize: pageSizeSchema(100, 25),
      }),
    )
    .query(({ ctx, input }) => listProgramPayouts(ctx, input)),

  batches: managerProcedure("payouts.read")
    .input(z.object({ limit: z.number().int().min(1).max(100).default(20) }))
    .query(({ ctx, input }) => listPayoutBatches(ctx, input)),

  createBatch: managerProcedure("payouts.manage").mutation(({ ctx }) => createPayoutBatch(ctx)),

  /** A mutation, not a query: it hands out full bank details and is audited. */
  exportCsv: managerProcedure("payouts.manage")
    .input(z.object({ batchId: z.uuid() }))
    .mutation(({ ctx, input }) => exportBatchCsv(ctx, input)),

  markPaid: managerProcedure("payouts.manage")
    .input(z.object({ payoutId: z.uuid(), reference: z.string().trim().min(1).max(200) }))
    .mutation(({ ctx, input }) => markPayoutPaid(ctx, input)),

  cancel: managerProcedure("payouts.manage")
    .input(z.object({ payoutId: z.uuid() }))
    .mutation(({ ctx, input }) => cancelProgramPayout(ctx, input)),
});
