import { and, eq } from "drizzle-orm";
import type { Db, Executor } from "~/server/db/client";
import { conversions, ledgerEntries } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { addToRollups } from "~/server/tracking/rollups";
import type { Program } from "../programs/types";
import { attribute } from "./attribute";
import { requestHash } from "./canonical-json";
import { commissionsForConversion } from "./commissions-for-conversion";
import type { ConversionInput } from "./conversion-input";
import { loadConversionView, toConversionView, type ConversionView } from "./conversion-view";
import { customerHash } from "./customer-hash";
import { detectFraud } from "./detect-fraud";

/** The program an authenticated API key acts for; machines have no user id. */
export type ConversionContext = { db: Db; program: Program };

export type RecordedConversion = { created: boolean; conversion: ConversionView };

const DAY_MS = 86_400_000;
const typeCounter = {
  sale: "sales",
  lead: "leads",
  install: "installs",
  action: "actions",
} as const;

/**
 * Records a conversion with its attribution, fraud flags, commissions and rollups in one
 * transaction. Idempotent on (program, type, external id), enforced by the unique index: the
 * same request again returns the stored result (created: false); other data under the same id
 * is a conflict.
 */
export async function recordConversion(
  ctx: ConversionContext,
  input: ConversionInput,
  now = new Date(),
): Promise<RecordedConversion> {
  const { program } = ctx;
  const occurredAt = input.occurred_at ? new Date(input.occurred_at) : now;
  const hashedCustomer = input.customer ? customerHash(input.customer) : null;
  // The request as given (occurred_at only when sent, so a replay later still matches), with
  // the customer already hashed so the stored hash never derives from a plain email.
  const hash = requestHash({
    ...input,
    customer: hashedCustomer ?? undefined,
    occurred_at: input.occurred_at ? occurredAt.toISOString() : undefined,
  });
  const key = { programId: program.id, type: input.type, externalId: input.external_id };

  return ctx.db.transaction(async (tx) => {
    const existing = await findExisting(tx, key);
    if (existing) return replay(tx, existing, hash);

    const attribution = await attribute(tx, program, {
      promoCode: input.promo_code,
      clickId: input.click_id,
      occurredAt,
    });
    const flags = await detectFraud(tx, program, {
      type: input.type,
      customer: input.customer ?? null,
      customerHash: hashedCustomer,
      occurredAt,
      attribution,
    });
    const [row] = await tx
      .insert(conversions)
      .values({
        ...key,
        actionKey: input.action_key ?? null,
        amount: input.amount === undefined ? null : BigInt(input.amount),
        currency: input.currency,
        enrollmentId: attribution.enrollment?.id ?? null,
        attribution: attribution.source,
        clickId: attribution.click?.id ?? input.click_id ?? null,
        promoCodeId: attribution.promoCodeId,
        customerHash: hashedCustomer,
        country: input.country ?? null,
        occurredAt,
        metadata: input.metadata ?? {},
        requestHash: hash,
        fraudFlags: flags,
        reviewStatus: flags.length > 0 ? "flagged" : "none",
      })
      .onConflictDoNothing({
        target: [conversions.programId, conversions.type, conversions.externalId],
      })
      .returning();
    if (!row) {
      // A concurrent request with the same key committed first (the insert waited for it).
      const winner = await findExisting(tx, key);
      if (!winner) throw new Error("conversion vanished after an idempotency conflict");
      return replay(tx, winner, hash);
    }

    const planned =
      attribution.enrollment && attribution.billable
        ? await commissionsForConversion(tx, program, {
            type: row.type,
            amount: row.amount,
            actionKey: row.actionKey,
            metadata: row.metadata,
            country: row.country,
            customerHash: hashedCustomer,
            occurredAt,
            enrollment: attribution.enrollment,
          })
        : [];
    const holdUntil = new Date(now.getTime() + program.holdPeriodDays * DAY_MS);
    const entries =
      planned.length === 0
        ? []
        : await tx
            .insert(ledgerEntries)
            .values(
              planned.map((entry) => ({
                ...entry,
                programId: program.id,
                currency: program.currency,
                status: "pending" as const,
                holdUntil,
                conversionId: row.id,
              })),
            )
            .returning();

    const direct = entries.find((entry) => entry.level === 0)?.amount ?? 0n;
    await addToRollups(tx, [
      {
        programId: program.id,
        enrollmentId: row.enrollmentId,
        linkId: attribution.linkId,
        at: occurredAt,
        counters: {
          [typeCounter[row.type]]: 1,
          revenue: row.type === "sale" ? (row.amount ?? 0n) : 0n,
          commission: direct,
        },
      },
    ]);
    return { created: true, conversion: toConversionView(row, entries) };
  });
}

type IdempotencyKey = { programId: string; type: ConversionInput["type"]; externalId: string };

async function findExisting(db: Executor, key: IdempotencyKey) {
  const [row] = await db
    .select()
    .from(conversions)
    .where(
      and(
        eq(conversions.programId, key.programId),
        eq(conversions.type, key.type),
        eq(conversions.externalId, key.externalId),
      ),
    );
  return row;
}

async function replay(
  db: Executor,
  row: typeof conversions.$inferSelect,
  hash: string,
): Promise<RecordedConversion> {
  if (row.requestHash !== hash)
    throw conflict("conversionConflict", { externalId: row.externalId });
  return { created: false, conversion: await loadConversionView(db, row) };
}
