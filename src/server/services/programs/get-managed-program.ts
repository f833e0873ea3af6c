import { and, eq } from "drizzle-orm";
import { programTerms } from "~/server/db/schema";
import type { ProgramContext } from "../context";

/** A managed program's settings with the text of its current terms version. */
export async function getManagedProgram(ctx: ProgramContext) {
  const [terms] = await ctx.db
    .select({ version: programTerms.version, body: programTerms.body })
    .from(programTerms)
    .where(
      and(
        eq(programTerms.programId, ctx.program.id),
        eq(programTerms.version, ctx.program.currentTermsVersion),
      ),
    );
  return { ...ctx.program, terms: terms ?? { version: 0, body: "" } };
}
