import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { minorToDecimal } from "~/lib/money";
import { enrollments, ledgerEntries, payoutDetails, payouts } from "~/server/db/schema";
import { conflict, DomainError } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { PartnerContext } from "../context";
import { availableEntries } from "../ledger/balances";
import { detailsCoolingUntil, payoutEligibility } from "./eligibility";

const refusal = {
  suspended: "payoutSuspended",
  detailsCooling: "payoutDetailsCooling",
  openRequest: "payoutAlreadyRequested",
  noDetails: "payoutDetailsMissing",
  nothingToPay: "payoutNothingToPay",
  belowThreshold: "payoutBelowThreshold",
} as const;

/**
 * A partner asks to be paid everything approved and not yet in a payout in one program —
 * positive commissions and negative clawbacks alike — once it reaches the program's threshold.
 *
 * Concurrency: the enrollment row is locked first, so two requests of one partner run one
 * after the other and the second sees the first's open payout (payouts_open_request_uq backs
 * this up). The entries are then claimed by a single UPDATE … RETURNING, which locks exactly
 * the rows it changes: the payout's amount is the sum of those rows and no others, so an entry
 * the approval job approves meanwhile is either claimed and counted, or left for the next
 * payout — never counted without being claimed, never claimed twice.
 *
 * The procedure admits any enrollment; the suspension is decided here on the locked row, so
 * a suspension that lands while the request waits for the lock still refuses it.
 */
export async function requestPayout(ctx: PartnerContext) {
  const { program } = ctx;
  return ctx.db.transaction(async (tx) => {
    const [enrollment] = await tx
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, ctx.enrollment.id))
      .for("update");
    if (!enrollment) throw conflict("payoutNothingToPay");

    const [open] = await tx
      .select({ id: payouts.id })
      .from(payouts)
      .where(and(eq(payouts.enrollmentId, enrollment.id), eq(payouts.status, "requested")));
    const [details] = await tx
      .select()
      .from(payoutDetails)
      .where(eq(payoutDetails.userId, ctx.userId));

    const payoutId = randomUUID();
    const claimed = open
      ? []
      : await tx
          .update(ledgerEntries)
          .set({ payoutId })
          .where(availableEntries(enrollment.id, program.currency))
          .returning({ amount: ledgerEntries.amount });
    const amount = claimed.reduce((sum, entry) => sum + entry.amount, 0n);

    const coolingUntil = detailsCoolingUntil(details?.changedAt ?? null, program.payoutCoolingDays);
    const eligibility = payoutEligibility({
      available: amount,
      threshold: program.payoutThreshold,
      hasDetails: details !== undefined,
      hasOpenRequest: open !== undefined,
      suspended: enrollment.status === "suspended",
      coolingUntil,
      now: new Date(),
    });
    // Throwing rolls the claim back with the rest of the transaction.
    if (eligibility !== "eligible" || !details) {
      const key = refusal[eligibility === "eligible" ? "noDetails" : eligibility];
      throw new DomainError(eligibility === "suspended" ? "FORBIDDEN" : "CONFLICT", key, {
        threshold: minorToDecimal(program.payoutThreshold, program.currency),
        available: minorToDecimal(amount, program.currency),
        currency: program.currency,
        until: coolingUntil ? formatUtc(coolingUntil) : "",
      });
    }
    const snapshot: Record<string, string> = { accountHolder: details.accountHolder };
    if (details.iban) snapshot.iban = details.iban;
    if (details.paypalEmail) snapshot.paypalEmail = details.paypalEmail;

    await tx
      .insert(payouts)
      .values({
        id: payoutId,
        programId: program.id,
        enrollmentId: enrollment.id,
        amount,
        currency: program.currency,
        method: details.method,
        details: snapshot,
      })
      .catch((error: unknown) => {
        // The enrollment lock makes this unreachable; the unique index is the last word.
        if (isUniqueViolation(error, "payouts_open_request_uq"))
          throw conflict("payoutAlreadyRequested");
        throw error;
      });
    await recordAudit(tx, {
      programId: program.id,
      actorId: ctx.userId,
      action: "payout.requested",
      targetType: "payout",
      targetId: payoutId,
      data: { amount: amount.toString(), currency: program.currency, entries: claimed.length },
    });
    return { id: payoutId, amount, currency: program.currency, entries: claimed.length };
  });
}

/** "2026-12-10 14:05 UTC": unambiguous in every language the message is shown in. */
const formatUtc = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = error instanceof Error && "cause" in error ? error.cause : error;
  return (
    typeof cause === "object" &&
    cause !== null &&
    "code" in cause &&
    cause.code === "23505" &&
    "constraint_name" in cause &&
    cause.constraint_name === constraint
  );
}
