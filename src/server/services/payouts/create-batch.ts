import { and, eq, isNull, sql } from "drizzle-orm";
import { enrollments, payoutBatches, payoutDetails, payouts } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/**
 * A manager gathers every requested payout of the program that is not in a batch yet into a
 * new batch, to export and pay together. One UPDATE … RETURNING claims the payouts, so the
 * batch holds exactly the rows counted, and a partner's concurrent cancellation or a second
 * manager's batch (both lock the same rows) cannot take the same payout.
 *
 * Payouts of partners whose payout details changed within the program's cooling period are
 * held back: they stay requested and unbatched (the payouts page flags them) and the first
 * batch after the period takes them. A change is what an account takeover does first, and a
 * batch is the step before money leaves; the partner, emailed about the change, has until
 * then to object, and a request made before the change (paid to its snapshot) is not sent
 * while the change is still unexplained.
 */
export async function createPayoutBatch(ctx: ProgramContext) {
  const cooling = ctx.program.payoutCoolingDays;
  const recentlyChanged = sql`exists (
    select 1 from ${enrollments}
    join ${payoutDetails} on ${payoutDetails.userId} = ${enrollments.partnerId}
    where ${enrollments.id} = ${payouts.enrollmentId}
      and ${payoutDetails.changedAt} > now() - make_interval(days => ${cooling}::int)
  )`;
  const waiting = and(
    eq(payouts.programId, ctx.program.id),
    eq(payouts.status, "requested"),
    isNull(payouts.batchId),
  );
  return ctx.db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(payoutBatches)
      .values({ programId: ctx.program.id, createdBy: ctx.userId })
      .returning();
    if (!batch) throw new Error("payout batch insert returned no row");
    const claimed = await tx
      .update(payouts)
      .set({ batchId: batch.id })
      .where(and(waiting, sql`not ${recentlyChanged}`))
      .returning({ amount: payouts.amount });
    const [held] = await tx
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(payouts)
      .where(and(waiting, recentlyChanged));
    const heldCount = held?.count ?? 0;
    // Throwing rolls the empty batch back.
    if (claimed.length === 0) {
      throw heldCount > 0
        ? new DomainError("CONFLICT", "payoutBatchOnlyHeld", { count: heldCount })
        : new DomainError("CONFLICT", "payoutBatchEmpty");
    }

    const total = claimed.reduce((sum, payout) => sum + payout.amount, 0n);
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "payoutBatch.created",
      targetType: "payoutBatch",
      targetId: batch.id,
      data: {
        payouts: claimed.length,
        held: heldCount,
        total: total.toString(),
        currency: ctx.program.currency,
      },
    });
    return {
      batchId: batch.id,
      payouts: claimed.length,
      held: heldCount,
      total,
      currency: ctx.program.currency,
    };
  });
}
