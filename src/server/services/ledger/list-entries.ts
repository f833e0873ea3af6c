import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { conversions, enrollments, ledgerEntries, programs } from "~/server/db/schema";
import type { ActorContext } from "../context";

export type EntriesQuery = { programId?: string; cursor?: string; limit: number };

/*
 * Keyset pagination on (created_at, id), newest first. The cursor carries created_at as
 * PostgreSQL's own text so no microseconds are lost on the way through a JavaScript Date
 * (a millisecond cursor would skip or repeat rows written in the same millisecond).
 */
const cursorSchema = z.object({ at: z.string().min(1).max(64), id: z.uuid() });

export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify({ at, id })).toString("base64url");
}

function decodeCursor(cursor: string): z.infer<typeof cursorSchema> | null {
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The caller's own ledger entries (optionally of one program), newest first. */
export async function listLedgerEntries(ctx: ActorContext, query: EntriesQuery) {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const filters: (SQL | undefined)[] = [
    eq(enrollments.partnerId, ctx.userId),
    query.programId ? eq(ledgerEntries.programId, query.programId) : undefined,
    cursor
      ? sql`(${ledgerEntries.createdAt}, ${ledgerEntries.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
      : undefined,
  ];
  const rows = await ctx.db
    .select({
      id: ledgerEntries.id,
      programId: ledgerEntries.programId,
      programName: programs.name,
      kind: ledgerEntries.kind,
      level: ledgerEntries.level,
      amount: ledgerEntries.amount,
      currency: ledgerEntries.currency,
      status: ledgerEntries.status,
      holdUntil: ledgerEntries.holdUntil,
      reason: ledgerEntries.reason,
      trafficEvent: ledgerEntries.trafficEvent,
      trafficDay: ledgerEntries.trafficDay,
      inPayout: sql<boolean>`${ledgerEntries.payoutId} is not null`,
      conversionType: conversions.type,
      underReview: sql<boolean>`coalesce(${conversions.reviewStatus} = 'flagged', false)`,
      createdAt: ledgerEntries.createdAt,
      cursorAt: sql<string>`${ledgerEntries.createdAt}::text`,
    })
    .from(ledgerEntries)
    .innerJoin(enrollments, eq(enrollments.id, ledgerEntries.enrollmentId))
    .innerJoin(programs, eq(programs.id, ledgerEntries.programId))
    .leftJoin(conversions, eq(conversions.id, ledgerEntries.conversionId))
    .where(and(...filters))
    .orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorAt: _cursorAt, ...item }) => item),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.cursorAt, last.id) : null,
  };
}
