import { DAY_MS } from "~/lib/dates";

/**
 * Whether a partner may request a payout in a program now, and if not, why. Pure, so the
 * portal shows the same answer the request procedure enforces.
 */
export type PayoutEligibility =
  | "eligible"
  | "suspended" // a suspended partnership is paid nothing until a manager reinstates it
  | "openRequest" // one request per partner and program is open at a time
  | "noDetails" // no IBAN or PayPal address to pay to
  | "nothingToPay" // the available balance is zero or negative (clawbacks exceed earnings)
  | "belowThreshold" // positive, but under the program's minimum payout
  | "detailsCooling"; // the payout details changed less than the program's cooling period ago

export function payoutEligibility(input: {
  available: bigint;
  threshold: bigint;
  hasDetails: boolean;
  hasOpenRequest: boolean;
  suspended: boolean;
  /** From detailsCoolingUntil: null when no cooling applies. */
  coolingUntil: Date | null;
  now: Date;
}): PayoutEligibility {
  if (input.suspended) return "suspended";
  if (input.hasOpenRequest) return "openRequest";
  if (input.available <= 0n) return "nothingToPay";
  if (input.available < input.threshold) return "belowThreshold";
  if (!input.hasDetails) return "noDetails";
  if (input.coolingUntil !== null && input.coolingUntil > input.now) return "detailsCooling";
  return "eligible";
}

/**
 * When a payout may be requested again after the details changed: a changed destination is
 * what an account takeover does first, and the wait gives the partner (emailed about the
 * change) time to notice. Details only ever set once (changedAt null) do not wait.
 */
export function detailsCoolingUntil(changedAt: Date | null, coolingDays: number): Date | null {
  if (changedAt === null || coolingDays <= 0) return null;
  return new Date(changedAt.getTime() + coolingDays * DAY_MS);
}
