import { and, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programMembers, programs } from "~/server/db/schema";
import { notFound } from "~/server/errors";

/**
 * The program with this slug among the caller's own memberships, with their role: what the
 * upload route needs, since its URL names the program by slug. A program the caller does not
 * manage answers NOT_FOUND, exactly as one that does not exist.
 */
export async function managedProgramBySlug(db: Db, userId: string, slug: string) {
  const [row] = await db
    .select({ program: programs, role: programMembers.role })
    .from(programMembers)
    .innerJoin(programs, eq(programs.id, programMembers.programId))
    .where(and(eq(programMembers.userId, userId), eq(programs.slug, slug)))
    .limit(1);
  if (!row) throw notFound("program");
  return row;
}
