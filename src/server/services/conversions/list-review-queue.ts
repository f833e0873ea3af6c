import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { conversions, ledgerEntries } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { selectConversionsWithPartner } from "./conversions-with-partner";

export const reviewQueueInput = z.object({
  /** The id of the last conversion of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

/**
 * Flagged conversions waiting for a manager, oldest first (a queue), keyset-paginated on
 * (created_at, id) so the partial index conversions_review_idx serves every page.
 */
export async function listReviewQueue(
  ctx: ProgramContext,
  input: { cursor?: string; limit?: number },
) {
  const { cursor, limit } = reviewQueueInput.parse(input);
  const rows = await selectConversionsWithPartner(ctx.db, { createdAt: conversions.createdAt })
    .where(
      and(
        eq(conversions.programId, ctx.program.id),
        eq(conversions.reviewStatus, "flagged"),
        // Compared in SQL: timestamps have microseconds that a JS Date would round away.
        cursor
          ? sql`(${conversions.createdAt}, ${conversions.id}) > (select c.created_at, c.id from conversions c where c.id = ${cursor})`
          : undefined,
      ),
    )
    .orderBy(asc(conversions.createdAt), asc(conversions.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const held = await heldCommissions(
    ctx,
    page.map((row) => row.id),
  );
  const items = page.map((row) => ({ ...row, commission: held.get(row.id) ?? 0n }));
  const last = page.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? last.id : null,
  };
}

/** What each conversion's commissions and overrides add up to: what a decision is about. */
async function heldCommissions(ctx: ProgramContext, ids: string[]): Promise<Map<string, bigint>> {
  if (ids.length === 0) return new Map();
  const sums = await ctx.db
    .select({
      conversionId: ledgerEntries.conversionId,
      total: sql<string>`sum(${ledgerEntries.amount})`,
    })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.programId, ctx.program.id),
        inArray(ledgerEntries.conversionId, ids),
        inArray(ledgerEntries.kind, ["commission", "override"]),
      ),
    )
    .groupBy(ledgerEntries.conversionId);
  return new Map(sums.map((row) => [row.conversionId!, BigInt(row.total)]));
}
