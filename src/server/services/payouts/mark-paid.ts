import { and, eq } from "drizzle-orm";
import { enrollments, ledgerEntries, payouts, users } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { sendEmail } from "~/server/email/send";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { enqueueWebhookEvents } from "../webhooks/enqueue";
import { payoutPaidEvent } from "../webhooks/ledger-events";

/**
 * A manager records that a requested payout was paid, with the bank or PayPal reference. The
 * payout and its ledger entries (approved → paid) change in one transaction; the partner is
 * emailed after it commits.
 */
export async function markPayoutPaid(
  ctx: ProgramContext,
  input: { payoutId: string; reference: string },
) {
  const paid = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ payout: payouts, partner: users })
      .from(payouts)
      .innerJoin(enrollments, eq(enrollments.id, payouts.enrollmentId))
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(and(eq(payouts.id, input.payoutId), eq(payouts.programId, ctx.program.id)))
      .for("update", { of: payouts });
    if (!row) throw notFound("payout");
    if (row.payout.status !== "requested") throw conflict("payoutNotRequested");

    const paidAt = new Date();
    await tx
      .update(payouts)
      .set({ status: "paid", paidAt, paidBy: ctx.userId, reference: input.reference })
      .where(eq(payouts.id, row.payout.id));
    const entries = await tx
      .update(ledgerEntries)
      .set({ status: "paid" })
      .where(and(eq(ledgerEntries.payoutId, row.payout.id), eq(ledgerEntries.status, "approved")))
      .returning({ amount: ledgerEntries.amount });
    // The entries were claimed with this exact sum; anything else means the ledger moved
    // under the payout, and paying it would pay the wrong amount.
    const sum = entries.reduce((total, entry) => total + entry.amount, 0n);
    if (sum !== row.payout.amount) {
      throw new Error(
        `payout ${row.payout.id}: entries sum to ${sum}, payout is ${row.payout.amount}`,
      );
    }
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "payout.paid",
      targetType: "payout",
      targetId: row.payout.id,
      data: {
        amount: row.payout.amount.toString(),
        currency: row.payout.currency,
        reference: input.reference,
        partner: row.partner.email,
      },
    });
    await enqueueWebhookEvents(tx, [
      payoutPaidEvent({ ...row.payout, paidAt, reference: input.reference }),
    ]);
    return { payout: { ...row.payout, status: "paid" as const, paidAt }, partner: row.partner };
  });

  await sendEmail(ctx.db, {
    to: paid.partner.email,
    locale: paid.partner.locale,
    template: "payoutSent",
    props: {
      programName: ctx.program.name,
      amountMinor: paid.payout.amount.toString(),
      currency: paid.payout.currency,
      reference: input.reference,
    },
  });
  return { id: paid.payout.id, status: paid.payout.status, paidAt: paid.payout.paidAt };
}
