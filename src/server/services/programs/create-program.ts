import { z } from "zod";
import type { Db } from "~/server/db/client";
import { programMembers, programs, programTerms } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { createProgramSchema } from "~/lib/validation/programs";
import { recordAudit } from "../audit/record-audit";
import { isReservedSlug } from "./reserved-slugs";

export type CreateProgram = z.output<typeof createProgramSchema>;

/**
 * Creates a program with its first terms version and makes the creator its manager. Only
 * owners may call this; the caller checks that.
 */
export async function createProgram(ctx: { db: Db; userId: string }, input: CreateProgram) {
  const { terms, ...settings } = input;
  if (isReservedSlug(input.slug)) throw conflict("slugReserved", { slug: input.slug });
  return ctx.db.transaction(async (tx) => {
    const [program] = await tx
      .insert(programs)
      .values({ ...settings, currentTermsVersion: 1, createdBy: ctx.userId })
      .onConflictDoNothing({ target: programs.slug })
      .returning();
    if (!program) throw conflict("slugTaken", { slug: input.slug });
    await tx
      .insert(programTerms)
      .values({ programId: program.id, version: 1, body: terms, publishedBy: ctx.userId });
    await tx.insert(programMembers).values({ programId: program.id, userId: ctx.userId });
    await recordAudit(tx, {
      programId: program.id,
      actorId: ctx.userId,
      action: "program.created",
      targetType: "program",
      targetId: program.id,
      data: { slug: program.slug },
    });
    return program;
  });
}
