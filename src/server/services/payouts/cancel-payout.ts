import { and, eq } from "drizzle-orm";
import type { Tx } from "~/server/db/client";
import { enrollments, ledgerEntries, payouts } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ActorContext, ProgramContext } from "../context";

type Locked = { id: string; programId: string; status: string; batchId: string | null };

/**
 * A partner withdraws their own payout request, as long as no manager has put it in a batch
 * (a batch may already be on its way to the bank). Its entries become available again.
 */
export async function cancelOwnPayout(ctx: ActorContext, input: { payoutId: string }) {
  return ctx.db.transaction(async (tx) => {
    const [payout] = await tx
      .select({
        id: payouts.id,
        programId: payouts.programId,
        status: payouts.status,
        batchId: payouts.batchId,
      })
      .from(payouts)
      .innerJoin(enrollments, eq(enrollments.id, payouts.enrollmentId))
      .where(and(eq(payouts.id, input.payoutId), eq(enrollments.partnerId, ctx.userId)))
      .for("update", { of: payouts });
    if (!payout) throw notFound("payout");
    if (payout.batchId !== null && payout.status === "requested") throw conflict("payoutInBatch");
    return release(tx, payout, ctx.userId);
  });
}

/**
 * A manager cancels a requested payout of their program, batched or not — say the bank
 * returned the transfer, or the request needs a fraud review. Its entries become available.
 */
export async function cancelProgramPayout(ctx: ProgramContext, input: { payoutId: string }) {
  return ctx.db.transaction(async (tx) => {
    const [payout] = await tx
      .select({
        id: payouts.id,
        programId: payouts.programId,
        status: payouts.status,
        batchId: payouts.batchId,
      })
      .from(payouts)
      .where(and(eq(payouts.id, input.payoutId), eq(payouts.programId, ctx.program.id)))
      .for("update");
    if (!payout) throw notFound("payout");
    return release(tx, payout, ctx.userId);
  });
}

async function release(tx: Tx, payout: Locked, actorId: string | null) {
  if (payout.status !== "requested") throw conflict("payoutNotRequested");
  await tx.update(payouts).set({ status: "cancelled" }).where(eq(payouts.id, payout.id));
  // The ledger guard lets payout_id change; amounts and statuses stay as they were.
  const released = await tx
    .update(ledgerEntries)
    .set({ payoutId: null })
    .where(and(eq(ledgerEntries.payoutId, payout.id), eq(ledgerEntries.status, "approved")));
  await recordAudit(tx, {
    programId: payout.programId,
    actorId,
    action: "payout.cancelled",
    targetType: "payout",
    targetId: payout.id,
    data: { entries: released.count, batched: payout.batchId !== null },
  });
  return { cancelled: true };
}
