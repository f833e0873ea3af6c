import { and, eq } from "drizzle-orm";
import { creatives } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

export type CreativeMetaUpdate = {
  creativeId: string;
  name: string;
  description: string;
  language: string | null;
  tags: string[];
};

/** A manager renames, describes or re-tags a creative; the file itself never changes. */
export async function updateCreative(ctx: ProgramContext, input: CreativeMetaUpdate) {
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(creatives)
      .where(and(eq(creatives.id, input.creativeId), eq(creatives.programId, ctx.program.id)))
      .for("update");
    if (!before) throw notFound("creative");
    const next = {
      name: input.name,
      description: input.description,
      language: input.language,
      tags: input.tags,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(next[field]),
    );
    if (changed.length === 0) return { creative: before, changed };
    const [creative] = await tx
      .update(creatives)
      .set(next)
      .where(eq(creatives.id, before.id))
      .returning();
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "creative.updated",
      targetType: "creative",
      targetId: before.id,
      data: Object.fromEntries(
        changed.map((field) => [field, { from: before[field], to: next[field] }]),
      ),
    });
    return { creative: creative ?? before, changed };
  });
}
