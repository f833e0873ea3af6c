import { and, eq } from "drizzle-orm";
import type { Db, Executor } from "~/server/db/client";
import { conversions } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import type { Program } from "../program";
import { requestHash } from "./canonical-json";
import { loadConversionFacts } from "./conversion-facts";
import type { ConversionInput } from "./conversion-input";
import { loadConversionView, toConversionView, type ConversionView } from "./conversion-view";
import { customerHash } from "./customer-hash";
import type { ConversionWriter } from "./conversion-writer";
import { planConversion } from "./plan-conversion";
import { writeConversions } from "./write-conversions";

/**
 * The program an authenticated API key acts for; machines have no user id. With a writer,
 * the conversion joins its group commit (the API); without, it is written on its own.
 */
export type ConversionContext = { db: Db; program: Program; writer?: ConversionWriter };

export type RecordedConversion = { created: boolean; conversion: ConversionView };

/**
 * Records a conversion with its attribution, fraud flags, commissions and rollups. Idempotent
 * on (program, type, external id), enforced by the unique index: the same request again
 * returns the stored result (created: false); other data under the same id is a conflict.
 *
 * Round trips are what a conversion costs (the API runs this per request): one statement reads
 * every fact (the idempotency pre-check included), the decisions are pure functions, then
 * writeConversions inserts it with its ledger entries and rollups in one transaction, alone or
 * in the writer's batch.
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

  const facts = await loadConversionFacts(ctx.db, program, input, occurredAt, hashedCustomer);
  if (facts.existing) {
    if (facts.existing.requestHash !== hash) throw conflictOf(key);
    return { created: false, conversion: toConversionView(facts.existing, facts.existing.entries) };
  }
  const pending = planConversion(program, input, facts, {
    occurredAt,
    customerHash: hashedCustomer,
    requestHash: hash,
    now,
  });
  const [id = null] = ctx.writer
    ? [await ctx.writer.write(pending)]
    : await writeConversions(ctx.db, [pending]);
  if (id === null) {
    // Another request with the same key committed first (in this batch, or concurrently: the
    // insert waited for it).
    const winner = await findExisting(ctx.db, key);
    if (!winner) throw new Error("conversion vanished after an idempotency conflict");
    return replay(ctx.db, winner, hash);
  }
  const { row } = pending;
  const entries = pending.entries.map((entry) => ({ ...entry, status: "pending" as const }));
  return {
    created: true,
    conversion: toConversionView(
      {
        ...pending.row,
        id,
        actionKey: row.actionKey ?? null,
        enrollmentId: row.enrollmentId ?? null,
        clickId: row.clickId ?? null,
        reviewStatus: row.reviewStatus ?? "none",
      },
      entries,
    ),
  };
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
  if (row.requestHash !== hash) throw conflictOf(row);
  return { created: false, conversion: await loadConversionView(db, row) };
}

const conflictOf = (key: { externalId: string }) =>
  conflict("conversionConflict", { externalId: key.externalId });
