import { and, eq, isNull } from "drizzle-orm";
import { payoutBatches, payouts } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/**
 * A manager gathers every requested payout of the program that is not in a batch yet into a
 * new batch, to export and pay together. One UPDATE … RETURNING claims the payouts, so the
 * batch holds exactly the rows counted, and a partner's concurrent cancellation or a second
 * manager's batch (both lock the same rows) cannot take the same payout.
 */
export async function createPayoutBatch(ctx: ProgramContext) {
  return ctx.db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(payoutBatches)
      .values({ programId: ctx.program.id, createdBy: ctx.userId })
      .returning();
    if (!batch) throw new Error("payout batch insert returned no row");
    const claimed = await tx
      .update(payouts)
      .set({ batchId: batch.id })
      .where(
        and(
          eq(payouts.programId, ctx.program.id),
          eq(payouts.status, "requested"),
          isNull(payouts.batchId),
        ),
      )
      .returning({ amount: payouts.amount });
    // Throwing rolls the empty batch back.
    if (claimed.length === 0) throw conflict("payoutBatchEmpty");

    const total = claimed.reduce((sum, payout) => sum + payout.amount, 0n);
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "payoutBatch.created",
      targetType: "payoutBatch",
      targetId: batch.id,
      data: { payouts: claimed.length, total: total.toString(), currency: ctx.program.currency },
    });
    return { batchId: batch.id, payouts: claimed.length, total, currency: ctx.program.currency };
  });
}
