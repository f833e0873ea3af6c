import { z } from "zod";
import { listLedgerEntries } from "~/server/services/ledger/list-entries";
import { partnerBalances } from "~/server/services/payouts/partner-balances";
import { createTRPCRouter, partnerProcedure } from "../../trpc";

export const partnerEarningsRouter = createTRPCRouter({
  /** The caller's balance per program, with payout eligibility. */
  balances: partnerProcedure.query(({ ctx }) => partnerBalances(ctx)),

  /** The caller's own ledger entries, newest first, by cursor. */
  entries: partnerProcedure
    .input(
      z.object({
        programId: z.uuid().optional(),
        cursor: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(100).default(25),
      }),
    )
    .query(({ ctx, input }) => listLedgerEntries(ctx, input)),
});
