import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { conversions, ledgerEntries } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { enrollmentPageInput, managedEnrollment } from "./managed-enrollment";

export const listPartnerConversionsInput = enrollmentPageInput;

/**
 * A partner's conversions, newest first, with what this partner earned from each (their own
 * commission as written, and net of reversals and clawbacks). Keyset-paginated on
 * (occurred_at, id), which conversions_enrollment_time_idx serves on every page.
 */
export async function listPartnerConversions(
  ctx: ProgramContext,
  query: z.input<typeof listPartnerConversionsInput>,
) {
  const { enrollmentId, cursor, limit } = listPartnerConversionsInput.parse(query);
  const enrollment = await managedEnrollment(ctx.db, ctx.program.id, enrollmentId);
  const rows = await ctx.db
    .select({
      id: conversions.id,
      type: conversions.type,
      actionKey: conversions.actionKey,
      externalId: conversions.externalId,
      amount: conversions.amount,
      currency: conversions.currency,
      attribution: conversions.attribution,
      occurredAt: conversions.occurredAt,
      reviewStatus: conversions.reviewStatus,
    })
    .from(conversions)
    .where(
      and(
        eq(conversions.enrollmentId, enrollment.id),
        eq(conversions.programId, ctx.program.id),
        // Compared in SQL (microseconds); a cursor of another partner matches nothing.
        cursor
          ? sql`(${conversions.occurredAt}, ${conversions.id}) < (select c.occurred_at, c.id from conversions c where c.id = ${cursor} and c.enrollment_id = ${enrollment.id})`
          : undefined,
      ),
    )
    .orderBy(desc(conversions.occurredAt), desc(conversions.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const earned = await earnedFrom(
    ctx,
    enrollment.id,
    page.map((row) => row.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...row,
      commission: earned.get(row.id)?.gross ?? 0n,
      commissionNet: earned.get(row.id)?.net ?? 0n,
    })),
    nextCursor: rows.length > limit && last ? last.id : null,
  };
}

async function earnedFrom(ctx: ProgramContext, enrollmentId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { gross: bigint; net: bigint }>();
  const rows = await ctx.db
    .select({
      conversionId: sql<string>`${ledgerEntries.conversionId}`,
      gross: sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${ledgerEntries.kind} = 'commission'), 0)::text`,
      net: sql<string>`sum(${ledgerEntries.amount})::text`,
    })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.enrollmentId, enrollmentId),
        eq(ledgerEntries.programId, ctx.program.id),
        inArray(ledgerEntries.conversionId, ids),
      ),
    )
    .groupBy(ledgerEntries.conversionId);
  return new Map(
    rows.map((row) => [row.conversionId, { gross: BigInt(row.gross), net: BigInt(row.net) }]),
  );
}
