import { eq } from "drizzle-orm";
import { programs } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/**
 * Makes the conversion API refuse (or accept again) calls without a valid Rally-Signature.
 * Kept apart from the settings form: it is an integration switch with its own audit entry.
 */
export async function setRequireSignature(ctx: ProgramContext, input: { required: boolean }) {
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ requireSignature: programs.requireSignature })
      .from(programs)
      .where(eq(programs.id, ctx.program.id))
      .for("update");
    if (before?.requireSignature === input.required) return { requireSignature: input.required };
    await tx
      .update(programs)
      .set({ requireSignature: input.required })
      .where(eq(programs.id, ctx.program.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: input.required ? "program.signatureRequired" : "program.signatureOptional",
      targetType: "program",
      targetId: ctx.program.id,
    });
    return { requireSignature: input.required };
  });
}
