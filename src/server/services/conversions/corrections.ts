import { and, eq } from "drizzle-orm";
import type { Tx } from "~/server/db/client";
import { clicks, conversions, ledgerEntries } from "~/server/db/schema";
import { addToRollups } from "~/server/tracking/rollups";

type Entry = typeof ledgerEntries.$inferSelect;
type Conversion = typeof conversions.$inferSelect;

/** A commission or override entry with what is left of it after earlier corrections. */
export type Correctable = Entry & { kind: "commission" | "override"; remaining: bigint };

/** The conversion's positive entries and their unreversed remainders. */
export async function loadCorrectable(tx: Tx, conversionId: string): Promise<Correctable[]> {
  const entries = await tx
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.conversionId, conversionId))
    .orderBy(ledgerEntries.level, ledgerEntries.createdAt);
  const corrected = new Map<string, bigint>();
  for (const entry of entries) {
    if (entry.correctsId) {
      corrected.set(entry.correctsId, (corrected.get(entry.correctsId) ?? 0n) + entry.amount);
    }
  }
  return entries.flatMap((entry) =>
    entry.kind === "commission" || entry.kind === "override"
      ? [{ ...entry, kind: entry.kind, remaining: entry.amount + (corrected.get(entry.id) ?? 0n) }]
      : [],
  );
}

/**
 * Writes negative entries taking `amount` back from each entry. An unpaid entry gets a
 * reversal with its own status and hold, so the two are approved (and netted) together; a paid
 * one gets an approved clawback, deducted from the partner's next payout.
 */
export async function writeCorrections(
  tx: Tx,
  corrections: readonly { entry: Correctable; amount: bigint }[],
  refundId: string | null,
  now: Date,
): Promise<Entry[]> {
  const rows = corrections
    .filter(({ amount }) => amount > 0n)
    .map(({ entry, amount }) => {
      const paid = entry.status === "paid";
      return {
        programId: entry.programId,
        enrollmentId: entry.enrollmentId,
        kind: paid ? ("clawback" as const) : ("reversal" as const),
        level: entry.level,
        amount: -amount,
        currency: entry.currency,
        status: paid ? ("approved" as const) : entry.status,
        holdUntil: paid ? now : entry.holdUntil,
        conversionId: entry.conversionId,
        refundId,
        correctsId: entry.id,
        ruleId: entry.ruleId,
        reason: refundId ? "refund" : "rejected in review",
      };
    });
  if (rows.length === 0) return [];
  return tx.insert(ledgerEntries).values(rows).returning();
}

/**
 * Adds a refund or a reversal to the rollups of the hour, partner, link and sub-id the sale was
 * counted in.
 */
export async function rollUpCorrection(
  tx: Tx,
  conversion: Conversion,
  counters: { refunded?: bigint; commission: bigint },
): Promise<void> {
  let click: { linkId: string; subId: string | null } | undefined;
  if (conversion.attribution === "click" && conversion.clickId) {
    [click] = await tx
      .select({ linkId: clicks.linkId, subId: clicks.subId })
      .from(clicks)
      .where(and(eq(clicks.id, conversion.clickId), eq(clicks.programId, conversion.programId)))
      .limit(1);
  }
  await addToRollups(tx, [
    {
      programId: conversion.programId,
      enrollmentId: conversion.enrollmentId,
      linkId: click?.linkId ?? null,
      subId: click?.subId ?? null,
      at: conversion.occurredAt,
      counters,
    },
  ]);
}

/** Sum of the level-0 (the partner's own) amounts: what the rollups count as commission. */
export function directTotal(entries: readonly Pick<Entry, "level" | "amount">[]): bigint {
  return entries.reduce((sum, entry) => (entry.level === 0 ? sum + entry.amount : sum), 0n);
}
