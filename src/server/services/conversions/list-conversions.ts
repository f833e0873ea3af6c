import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import {
  attributionSource,
  clicks,
  conversions,
  conversionType,
  ledgerEntries,
  refunds,
  reviewStatus,
  users,
} from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { selectConversionsWithPartner } from "./conversions-with-partner";

export const listConversionsInput = z.object({
  /** The id of the last conversion of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(50),
  type: z.enum(conversionType.enumValues).optional(),
  attribution: z.enum(attributionSource.enumValues).optional(),
  review: z.enum(reviewStatus.enumValues).optional(),
});

export type ListConversionsQuery = z.input<typeof listConversionsInput>;

/**
 * The program's conversions for its managers, newest first (by when they happened), with the
 * partner, what was refunded and what their commissions add up to. Keyset-paginated on
 * (occurred_at, id) so conversions_program_time_idx serves every page.
 */
export async function listConversions(ctx: ProgramContext, query: ListConversionsQuery) {
  const { cursor, limit, type, attribution, review } = listConversionsInput.parse(query);
  const rows = await selectConversionsWithPartner(ctx.db, {
    actionKey: conversions.actionKey,
    attribution: conversions.attribution,
    reviewStatus: conversions.reviewStatus,
    partnerName: users.name,
  })
    .where(
      and(
        eq(conversions.programId, ctx.program.id),
        type ? eq(conversions.type, type) : undefined,
        attribution ? eq(conversions.attribution, attribution) : undefined,
        review ? eq(conversions.reviewStatus, review) : undefined,
        // Compared in SQL (microseconds); a cursor of another program matches nothing.
        cursor
          ? sql`(${conversions.occurredAt}, ${conversions.id}) < (select c.occurred_at, c.id from conversions c where c.id = ${cursor} and c.program_id = ${ctx.program.id})`
          : undefined,
      ),
    )
    .orderBy(desc(conversions.occurredAt), desc(conversions.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const ids = page.map((row) => row.id);
  const [totals, refunded, clickToSale] = await Promise.all([
    commissionTotals(ctx, ids),
    refundedAmounts(ctx, ids),
    clickToSaleSeconds(ctx, ids),
  ]);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...row,
      refunded: refunded.get(row.id) ?? 0n,
      /** Commissions and overrides as first written. */
      commission: totals.get(row.id)?.gross ?? 0n,
      /** What is left after reversals and clawbacks. */
      commissionNet: totals.get(row.id)?.net ?? 0n,
      clickToSaleSeconds: clickToSale.get(row.id) ?? null,
    })),
    nextCursor: rows.length > limit && last ? last.id : null,
  };
}

async function commissionTotals(ctx: ProgramContext, ids: string[]) {
  if (ids.length === 0) return new Map<string, { gross: bigint; net: bigint }>();
  const rows = await ctx.db
    .select({
      conversionId: ledgerEntries.conversionId,
      gross: sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${ledgerEntries.kind} in ('commission', 'override')), 0)::text`,
      net: sql<string>`sum(${ledgerEntries.amount})::text`,
    })
    .from(ledgerEntries)
    .where(
      and(eq(ledgerEntries.programId, ctx.program.id), inArray(ledgerEntries.conversionId, ids)),
    )
    .groupBy(ledgerEntries.conversionId);
  return new Map(
    rows.map((row) => [row.conversionId!, { gross: BigInt(row.gross), net: BigInt(row.net) }]),
  );
}

async function refundedAmounts(ctx: ProgramContext, ids: string[]) {
  if (ids.length === 0) return new Map<string, bigint>();
  const rows = await ctx.db
    .select({
      conversionId: refunds.conversionId,
      total: sql<string>`sum(${refunds.amount})::text`,
    })
    .from(refunds)
    .where(and(eq(refunds.programId, ctx.program.id), inArray(refunds.conversionId, ids)))
    .groupBy(refunds.conversionId);
  return new Map(rows.map((row) => [row.conversionId, BigInt(row.total)]));
}

/**
 * Seconds from the attributed click to the conversion, for conversions attributed by click.
 * Shared with the review queue, where a very short time is one of the fraud signals.
 *
 * Attribution only takes a click from before the conversion; should a click id repeat, the
 * closest earlier click is the one it took. One backward probe of clicks_pk (id, occurred_at)
 * per conversion finds it. As a plain join the planner, without statistics on clicks (a
 * freshly loaded or restored database), ANDed that probe with clicks_source_time_idx and read
 * every click of the program once per row: most of a second for a page of fifty.
 */
export async function clickToSaleSeconds(
  ctx: ProgramContext,
  conversionIds: string[],
): Promise<Map<string, number>> {
  if (conversionIds.length === 0) return new Map();
  const rows = await clickToSaleQuery(ctx, conversionIds);
  return new Map(rows.map((row) => [row.conversionId, Math.round(Number(row.seconds))]));
}

/** The query behind clickToSaleSeconds, apart so that its plan can be checked. */
export function clickToSaleQuery(ctx: ProgramContext, conversionIds: string[]) {
  // The LIMIT keeps the subquery lateral, so it cannot be flattened back into that join.
  const attributedClick = ctx.db
    .select({ occurredAt: clicks.occurredAt })
    .from(clicks)
    .where(
      and(
        eq(clicks.id, conversions.clickId),
        eq(clicks.programId, conversions.programId),
        lte(clicks.occurredAt, conversions.occurredAt),
      ),
    )
    .orderBy(desc(clicks.occurredAt))
    .limit(1)
    .as("attributed_click");
  return ctx.db
    .select({
      conversionId: conversions.id,
      seconds: sql<string>`extract(epoch from ${conversions.occurredAt} - ${attributedClick.occurredAt})::text`,
    })
    .from(conversions)
    .innerJoinLateral(attributedClick, sql`true`)
    .where(
      and(
        eq(conversions.programId, ctx.program.id),
        eq(conversions.attribution, "click"),
        inArray(conversions.id, conversionIds),
      ),
    );
}
