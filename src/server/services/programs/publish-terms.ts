import { eq, sql } from "drizzle-orm";
import { programs, programTerms } from "~/server/db/schema";
import { announceTerms } from "../announcements/automatic-announcements";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/**
 * Publishes a new terms version. Partners who accepted an older one must re-accept before
 * they use the program again (see enrollment-state.ts).
 */
export async function publishTerms(ctx: ProgramContext, body: string) {
  return ctx.db.transaction(async (tx) => {
    // Bumping the counter in the row serialises concurrent publishers on that row lock.
    const [bumped] = await tx
      .update(programs)
      .set({ currentTermsVersion: sql`${programs.currentTermsVersion} + 1` })
      .where(eq(programs.id, ctx.program.id))
      .returning({ version: programs.currentTermsVersion });
    if (!bumped) throw new Error("program vanished during publish");
    await tx.insert(programTerms).values({
      programId: ctx.program.id,
      version: bumped.version,
      body,
      publishedBy: ctx.userId,
    });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "terms.published",
      targetType: "program",
      targetId: ctx.program.id,
      data: { version: bumped.version },
    });
    // Partners must re-accept: the announcement's email says so and links to the program.
    await announceTerms(tx, ctx.program.id, bumped.version, ctx.userId);
    return { version: bumped.version };
  });
}
