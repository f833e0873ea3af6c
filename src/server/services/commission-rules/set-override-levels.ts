import { eq } from "drizzle-orm";
import { programs } from "~/server/db/schema";
import { overrideLevelsSchema } from "~/lib/validation/commission-rules";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/**
 * Sets the program's multi-level overrides: level n earns levels[n-1] basis points of the
 * sale commission of a partner they recruited n levels down. An empty list turns them off.
 */
export async function setOverrideLevels(ctx: ProgramContext, input: { levels: number[] }) {
  const levels = overrideLevelsSchema.parse(input.levels);
  return ctx.db.transaction(async (tx) => {
    // Read under the row lock, not from ctx: the audit's "from" must be what was replaced.
    const [current] = await tx
      .select({ overrideBps: programs.overrideBps })
      .from(programs)
      .where(eq(programs.id, ctx.program.id))
      .for("update");
    const before = current?.overrideBps ?? [];
    if (JSON.stringify(before) === JSON.stringify(levels)) return { overrideBps: before };
    await tx.update(programs).set({ overrideBps: levels }).where(eq(programs.id, ctx.program.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "program.overridesUpdated",
      targetType: "program",
      targetId: ctx.program.id,
      data: { from: before, to: levels },
    });
    return { overrideBps: levels };
  });
}
