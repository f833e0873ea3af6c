import { sql } from "drizzle-orm";
import type { Tx } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import type { conversions } from "~/server/db/schema";
import type { PlannedEntry } from "./plan-commissions";

export type NewConversion = Omit<
  typeof conversions.$inferInsert,
  "id" | "createdAt" | "reviewedAt" | "reviewedBy"
> & {
  amount: bigint | null;
  occurredAt: Date;
  metadata: Record<string, unknown>;
  fraudFlags: string[];
};

export type ConversionToInsert = {
  row: NewConversion;
  entries: readonly PlannedEntry[];
  holdUntil: Date;
};

/** The idempotency key (program, type, external id) as one string. */
export const keyOf = (row: Pick<NewConversion, "programId" | "type" | "externalId">) =>
  `${row.programId}|${row.type}|${row.externalId}`;

/**
 * Inserts conversions and their pending ledger entries in one statement. The ids by key, for
 * the conversions inserted; a key already stored is skipped (ON CONFLICT waits for a concurrent
 * insert of the same key to commit or roll back, so the caller can then read the winner). Keys
 * must be distinct; rows go in key order so concurrent batches take index locks in one order.
 */
export async function insertConversions(
  tx: Tx,
  items: readonly ConversionToInsert[],
): Promise<Map<string, string>> {
  const sorted = [...items].sort((a, b) => compare(keyOf(a.row), keyOf(b.row)));
  const rows = JSON.stringify(
    sorted.map(({ row }, ord) => ({
      ...row,
      ord,
      amount: row.amount?.toString() ?? null,
      occurredAt: row.occurredAt.toISOString(),
    })),
  );
  const ledger = JSON.stringify(
    sorted.flatMap(({ row, entries, holdUntil }) =>
      entries.map((entry) => ({
        ...entry,
        programId: row.programId,
        type: row.type,
        externalId: row.externalId,
        currency: row.currency,
        holdUntil: holdUntil.toISOString(),
        amount: entry.amount.toString(),
      })),
    ),
  );
  const inserted = await executePrepared<{ id: string; key: string }>(
    tx,
    sql`
    with c as (
      insert into conversions (program_id, type, action_key, external_id, amount, currency,
        enrollment_id, attribution, click_id, promo_code_id, customer_hash, country, occurred_at,
        metadata, request_hash, fraud_flags, review_status)
      select "programId", type, "actionKey", "externalId", amount, currency, "enrollmentId",
        attribution, "clickId", "promoCodeId", "customerHash", country, "occurredAt", metadata,
        "requestHash", "fraudFlags", coalesce("reviewStatus", 'none')
      from jsonb_to_recordset(${rows}::jsonb) as x(ord int, "programId" uuid,
        type conversion_type, "actionKey" text, "externalId" text, amount bigint,
        currency char(3), "enrollmentId" uuid, attribution attribution_source, "clickId" text,
        "promoCodeId" uuid, "customerHash" text, country char(2), "occurredAt" timestamptz,
        metadata jsonb, "requestHash" text, "fraudFlags" text[], "reviewStatus" review_status)
      order by ord
      on conflict on constraint conversions_idempotency_uq do nothing
      returning id, program_id, type, external_id
    ), l as (
      insert into ledger_entries (program_id, enrollment_id, kind, level, amount, currency, status,
        hold_until, conversion_id, rule_id)
      select x."programId", x."enrollmentId", x.kind, x.level, x.amount, x.currency, 'pending',
        x."holdUntil", c.id, x."ruleId"
      from jsonb_to_recordset(${ledger}::jsonb) as x("programId" uuid, type conversion_type,
        "externalId" text, "enrollmentId" uuid, kind ledger_kind, level smallint, amount bigint,
        currency char(3), "holdUntil" timestamptz, "ruleId" uuid)
      join c on c.program_id = x."programId" and c.type = x.type
        and c.external_id = x."externalId"
    )
    select id, program_id || '|' || type || '|' || external_id as key from c`,
  );
  return new Map(inserted.map((row) => [row.key, row.id]));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
