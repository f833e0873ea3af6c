import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { partnerNotes, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { enrollmentPageInput, managedEnrollment } from "./managed-enrollment";

export const listPartnerNotesInput = enrollmentPageInput;

/**
 * Private notes about a partner, newest first, keyset-paginated on (created_at, id) along
 * partner_notes_enrollment_idx. `mine` says which the caller may delete.
 */
export async function listPartnerNotes(
  ctx: ProgramContext,
  query: z.input<typeof listPartnerNotesInput>,
) {
  const { enrollmentId, cursor, limit } = listPartnerNotesInput.parse(query);
  const enrollment = await managedEnrollment(ctx.db, ctx.program.id, enrollmentId);
  const rows = await ctx.db
    .select({
      id: partnerNotes.id,
      body: partnerNotes.body,
      createdAt: partnerNotes.createdAt,
      authorId: partnerNotes.authorId,
      authorName: users.name,
      authorEmail: users.email,
    })
    .from(partnerNotes)
    .leftJoin(users, eq(users.id, partnerNotes.authorId))
    .where(
      and(
        eq(partnerNotes.enrollmentId, enrollment.id),
        cursor
          ? sql`(${partnerNotes.createdAt}, ${partnerNotes.id}) < (select n.created_at, n.id from partner_notes n where n.id = ${cursor} and n.enrollment_id = ${enrollment.id})`
          : undefined,
      ),
    )
    .orderBy(desc(partnerNotes.createdAt), desc(partnerNotes.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ authorId, ...note }) => ({
      ...note,
      mine: authorId !== null && authorId === ctx.userId,
    })),
    nextCursor: rows.length > limit && last ? last.id : null,
  };
}
