import { and, eq } from "drizzle-orm";
import { creatives } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/**
 * Archiving hides a creative from partners. Its files stay in the storage, so the manager
 * keeps the record and unarchiving brings it back intact.
 */
export async function setCreativeArchived(
  ctx: ProgramContext,
  input: { creativeId: string; archived: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const [creative] = await tx
      .select({ id: creatives.id, name: creatives.name, archivedAt: creatives.archivedAt })
      .from(creatives)
      .where(and(eq(creatives.id, input.creativeId), eq(creatives.programId, ctx.program.id)))
      .for("update");
    if (!creative) throw notFound("creative");
    if ((creative.archivedAt !== null) === input.archived) {
      return { id: creative.id, archived: input.archived, changed: false };
    }
    await tx
      .update(creatives)
      .set({ archivedAt: input.archived ? new Date() : null })
      .where(eq(creatives.id, creative.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: input.archived ? "creative.archived" : "creative.unarchived",
      targetType: "creative",
      targetId: creative.id,
      data: { name: creative.name },
    });
    return { id: creative.id, archived: input.archived, changed: true };
  });
}
