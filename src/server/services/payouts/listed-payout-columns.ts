import { payouts } from "~/server/db/schema";

/**
 * What the payout lists (a partner's own, a program's for its managers) read of a payout.
 * `details` is read only to show the account masked (accountLabel); it never leaves a list.
 */
export const listedPayoutColumns = {
  id: payouts.id,
  amount: payouts.amount,
  currency: payouts.currency,
  status: payouts.status,
  method: payouts.method,
  details: payouts.details,
  batchId: payouts.batchId,
  reference: payouts.reference,
  requestedAt: payouts.requestedAt,
  paidAt: payouts.paidAt,
};
