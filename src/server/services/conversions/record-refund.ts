import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { conversions, ledgerEntries, refunds } from "~/server/db/schema";
import { conflict, DomainError, notFound } from "~/server/errors";
import { reversalFor } from "../commissions/prorate";
import { requestHash } from "./canonical-json";
import type { RefundInput } from "./conversion-input";
import { directTotal, loadCorrectable, rollUpCorrection, writeCorrections } from "./corrections";
import type { ConversionContext } from "./record-conversion";

type Refund = typeof refunds.$inferSelect;
type Entry = typeof ledgerEntries.$inferSelect;

export type RefundView = {
  id: string;
  refund_id: string;
  conversion_id: string;
  amount: number;
  created_at: string;
  reversals: { beneficiary: string; level: number; kind: string; amount: number; status: string }[];
};

/**
 * A full or partial refund of a sale, idempotent by the merchant's refund id. Each commission
 * and override is reversed pro rata (cumulatively rounded, so full refunds reverse exactly
 * everything); paid ones are clawed back. The sale row is locked, so concurrent refunds of one
 * sale are applied one after the other and can never exceed it together.
 */
export async function recordRefund(
  ctx: ConversionContext,
  conversionId: string,
  input: RefundInput,
  now = new Date(),
): Promise<{ created: boolean; refund: RefundView }> {
  const hash = requestHash({ conversion_id: conversionId, amount: input.amount });
  return ctx.db.transaction(async (tx) => {
    const [conversion] = await tx
      .select()
      .from(conversions)
      .where(and(eq(conversions.id, conversionId), eq(conversions.programId, ctx.program.id)))
      .for("update");
    if (!conversion) throw notFound("conversion");
    const existing = await findRefund(tx, ctx.program.id, input.refund_id);
    if (existing) return replay(tx, existing, hash);
    if (conversion.type !== "sale" || conversion.amount === null) {
      throw new DomainError("BAD_REQUEST", "refundNotSale");
    }
    const [before] = await tx
      .select({ total: sql<string>`coalesce(sum(${refunds.amount}), 0)` })
      .from(refunds)
      .where(eq(refunds.conversionId, conversion.id));
    const refundedBefore = BigInt(before?.total ?? "0");
    const refundedNow = BigInt(input.amount);
    const remaining = conversion.amount - refundedBefore;
    if (refundedNow > remaining) {
      throw new DomainError("BAD_REQUEST", "refundExceedsAmount", {
        remaining: remaining.toString(),
      });
    }

    const [refund] = await tx
      .insert(refunds)
      .values({
        programId: ctx.program.id,
        conversionId: conversion.id,
        externalId: input.refund_id,
        amount: refundedNow,
        requestHash: hash,
      })
      .onConflictDoNothing({ target: [refunds.programId, refunds.externalId] })
      .returning();
    if (!refund) {
      // The same refund id was used at this moment for another sale of the program.
      const winner = await findRefund(tx, ctx.program.id, input.refund_id);
      if (!winner) throw new Error("refund vanished after an idempotency conflict");
      return replay(tx, winner, hash);
    }

    const correctable = await loadCorrectable(tx, conversion.id);
    const corrections = correctable.map((entry) => {
      const due = reversalFor(entry.amount, conversion.amount!, refundedBefore, refundedNow);
      // A rejected conversion was already reversed in full: never take back more than is left.
      const amount = due < entry.remaining ? due : entry.remaining;
      return { entry, amount };
    });
    const written = await writeCorrections(tx, corrections, refund.id, now);
    await rollUpCorrection(tx, conversion, {
      refunded: refundedNow,
      commission: directTotal(written),
    });
    return { created: true, refund: toRefundView(refund, written) };
  });
}

async function findRefund(db: Executor, programId: string, externalId: string) {
  const [row] = await db
    .select()
    .from(refunds)
    .where(and(eq(refunds.programId, programId), eq(refunds.externalId, externalId)));
  return row;
}

async function replay(db: Executor, refund: Refund, hash: string) {
  if (refund.requestHash !== hash) {
    throw conflict("refundConflict", { refundId: refund.externalId });
  }
  const entries = await db
    .select()
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.refundId, refund.id),
        inArray(ledgerEntries.kind, ["reversal", "clawback"]),
      ),
    );
  return { created: false, refund: toRefundView(refund, entries) };
}

function toRefundView(refund: Refund, entries: readonly Entry[]): RefundView {
  return {
    id: refund.id,
    refund_id: refund.externalId,
    conversion_id: refund.conversionId,
    amount: Number(refund.amount),
    created_at: refund.createdAt.toISOString(),
    reversals: [...entries]
      .sort((a, b) => a.level - b.level)
      .map((entry) => ({
        beneficiary: entry.enrollmentId,
        level: entry.level,
        kind: entry.kind,
        amount: Number(entry.amount),
        status: entry.status,
      })),
  };
}
