import { eq } from "drizzle-orm";
import { z } from "zod";
import { partnerNotes, users } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { managedEnrollment } from "./managed-enrollment";
import { noteBodySchema, noteExcerpt } from "./partner-note-input";

export const addPartnerNoteInput = z.object({ enrollmentId: z.uuid(), body: noteBodySchema });

/** A manager writes a private note about a partner: managers only, never the partner. */
export async function addPartnerNote(
  ctx: ProgramContext,
  input: z.input<typeof addPartnerNoteInput>,
) {
  const { enrollmentId, body } = addPartnerNoteInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const enrollment = await managedEnrollment(tx, ctx.program.id, enrollmentId);
    const [note] = await tx
      .insert(partnerNotes)
      .values({ enrollmentId: enrollment.id, authorId: ctx.userId, body })
      .returning();
    const [partner] = await tx
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, enrollment.partnerId));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "partnerNote.added",
      targetType: "enrollment",
      targetId: enrollment.id,
      data: { note: note!.id, partner: partner?.email, excerpt: noteExcerpt(body) },
    });
    return { id: note!.id, createdAt: note!.createdAt };
  });
}
