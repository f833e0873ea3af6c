/**
 * Whether a partner may request a payout in a program now, and if not, why. Pure, so the
 * portal shows the same answer the request procedure enforces.
 */
export type PayoutEligibility =
  | "eligible"
  | "openRequest" // one request per partner and program is open at a time
  | "noDetails" // no IBAN or PayPal address to pay to
  | "nothingToPay" // the available balance is zero or negative (clawbacks exceed earnings)
  | "belowThreshold"; // positive, but under the program's minimum payout

export function payoutEligibility(input: {
  available: bigint;
  threshold: bigint;
  hasDetails: boolean;
  hasOpenRequest: boolean;
}): PayoutEligibility {
  if (input.hasOpenRequest) return "openRequest";
  if (input.available <= 0n) return "nothingToPay";
  if (input.available < input.threshold) return "belowThreshold";
  if (!input.hasDetails) return "noDetails";
  return "eligible";
}
