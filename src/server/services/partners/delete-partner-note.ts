import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { enrollments, partnerNotes, users } from "~/server/db/schema";
import { forbidden, notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { noteExcerpt } from "./partner-note-input";

export const deletePartnerNoteInput = z.object({ noteId: z.uuid() });

/**
 * A manager deletes one of their own notes; a colleague's note is theirs to keep. The audit
 * log keeps an excerpt, so what was removed can still be recognised.
 */
export async function deletePartnerNote(
  ctx: ProgramContext,
  input: z.input<typeof deletePartnerNoteInput>,
) {
  const { noteId } = deletePartnerNoteInput.parse(input);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ note: partnerNotes, partner: users.email })
      .from(partnerNotes)
      .innerJoin(enrollments, eq(enrollments.id, partnerNotes.enrollmentId))
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(and(eq(partnerNotes.id, noteId), eq(enrollments.programId, ctx.program.id)))
      .for("update", { of: partnerNotes });
    if (!row) throw notFound("partnerNote");
    if (ctx.userId === null || row.note.authorId !== ctx.userId) {
      throw forbidden("partnerNoteNotYours");
    }
    await tx.delete(partnerNotes).where(eq(partnerNotes.id, row.note.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "partnerNote.deleted",
      targetType: "enrollment",
      targetId: row.note.enrollmentId,
      data: { note: row.note.id, partner: row.partner, excerpt: noteExcerpt(row.note.body) },
    });
  });
  return { deleted: true };
}
