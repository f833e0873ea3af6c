import { and, asc, eq, ne } from "drizzle-orm";
import { csvDecimal, toCsv } from "~/lib/csv";
import { minorToDecimal } from "~/lib/money";
import { enrollments, payoutBatches, payouts, users } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

const header = [
  "payout_id",
  "partner_name",
  "partner_email",
  "method",
  "iban",
  "account_holder",
  "paypal_email",
  "amount",
  "amount_minor",
  "currency",
  "status",
  "reference",
] as const;

/**
 * The batch as a spreadsheet for the person who pays it: the full IBAN (a masked one cannot be
 * paid), the amount both as a decimal in currency units and in minor units, both typed as
 * numbers. Partner-chosen text (names, holders) goes through toCsv, which neutralises formula
 * injection. The details are the snapshot taken when the payout was requested. Every export
 * is audited: it carries bank details.
 */
export async function exportBatchCsv(ctx: ProgramContext, input: { batchId: string }) {
  const [batch] = await ctx.db
    .select()
    .from(payoutBatches)
    .where(and(eq(payoutBatches.id, input.batchId), eq(payoutBatches.programId, ctx.program.id)));
  if (!batch) throw notFound("batch");

  const rows = await ctx.db
    .select({ payout: payouts, email: users.email, name: users.name })
    .from(payouts)
    .innerJoin(enrollments, eq(enrollments.id, payouts.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(and(eq(payouts.batchId, batch.id), ne(payouts.status, "cancelled")))
    .orderBy(asc(users.email), asc(payouts.id));

  const csv = toCsv(
    header,
    rows.map(({ payout, email, name }) => [
      payout.id,
      name ?? "",
      email,
      payout.method,
      payout.details.iban ?? "",
      payout.details.accountHolder ?? "",
      payout.details.paypalEmail ?? "",
      csvDecimal(minorToDecimal(payout.amount, payout.currency)),
      payout.amount,
      payout.currency,
      payout.status,
      payout.reference ?? "",
    ]),
  );
  await recordAudit(ctx.db, {
    programId: ctx.program.id,
    actorId: ctx.userId,
    action: "payoutBatch.exported",
    targetType: "payoutBatch",
    targetId: batch.id,
    data: { payouts: rows.length },
  });
  const day = batch.createdAt.toISOString().slice(0, 10);
  return { filename: `payouts-${ctx.program.slug}-${day}-${batch.id.slice(0, 8)}.csv`, csv };
}
