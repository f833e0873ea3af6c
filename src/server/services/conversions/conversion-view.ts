import { and, asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "~/server/db/client";
import { conversions, ledgerEntries } from "~/server/db/schema";
import type { conversionViewSchema } from "../webhooks/payloads";
import type { FraudFlag } from "./fraud-signals";

type ConversionRow = typeof conversions.$inferSelect;
type EntryRow = Pick<
  typeof ledgerEntries.$inferSelect,
  "enrollmentId" | "level" | "amount" | "status"
>;
/** The columns of a conversion its view shows. */
export type ConversionViewRow = Pick<
  ConversionRow,
  | "id"
  | "type"
  | "actionKey"
  | "externalId"
  | "amount"
  | "currency"
  | "occurredAt"
  | "attribution"
  | "enrollmentId"
  | "clickId"
  | "reviewStatus"
  | "fraudFlags"
>;
/** A stored conversion with its commission and override entries. */
export type StoredConversion = ConversionViewRow & { entries: EntryRow[] };

/**
 * A conversion as the API answers it (snake_case, amounts as JSON integers), which is also the
 * `data` of conversion.created: its schema lives with the webhook payloads, which this folder
 * may import (and not the other way round).
 */
export type ConversionView = z.output<typeof conversionViewSchema>;

// Fails to compile when fraud-signals.ts gains a flag the published schema lacks.
const everyFraudFlagPublished: Exclude<
  FraudFlag,
  ConversionView["fraud_flags"][number]
> extends never
  ? true
  : never = true;
void everyFraudFlagPublished;

export function toConversionView(
  row: ConversionViewRow,
  entries: readonly EntryRow[],
): ConversionView {
  return {
    id: row.id,
    type: row.type,
    action_key: row.actionKey,
    external_id: row.externalId,
    amount: row.amount === null ? null : Number(row.amount),
    currency: row.currency,
    occurred_at: row.occurredAt.toISOString(),
    attribution: row.attribution,
    partner: row.enrollmentId,
    click_id: row.clickId,
    review_status: row.reviewStatus,
    // The column is text[], written only by fraudFlags().
    fraud_flags: row.fraudFlags as FraudFlag[],
    commissions: [...entries]
      .sort((a, b) => a.level - b.level)
      .map((entry) => ({
        beneficiary: entry.enrollmentId,
        level: entry.level,
        // Inputs are bounded by Number.MAX_SAFE_INTEGER, so commissions are too.
        amount: Number(entry.amount),
        status: entry.status,
      })),
  };
}

/** The view of a stored conversion, with its commission and override entries. */
export async function loadConversionView(
  db: Executor,
  row: ConversionRow,
): Promise<ConversionView> {
  const entries = await db
    .select({
      enrollmentId: ledgerEntries.enrollmentId,
      level: ledgerEntries.level,
      amount: ledgerEntries.amount,
      status: ledgerEntries.status,
    })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.conversionId, row.id),
        inArray(ledgerEntries.kind, ["commission", "override"]),
      ),
    )
    .orderBy(asc(ledgerEntries.level));
  return toConversionView(row, entries);
}
