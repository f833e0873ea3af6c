import { and, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programMembers, programs } from "~/server/db/schema";
import { notFound } from "~/server/errors";

/**
 * The program and the caller's role in it, found only through the caller's own membership:
 * a program they do not manage answers NOT_FOUND, exactly as one that does not exist.
 */
export async function loadManagedProgram(db: Db, userId: string, ref: { programId: string }) {
  const [row] = await db
    .select({ program: programs, role: programMembers.role })
    .from(programMembers)
    .innerJoin(programs, eq(programs.id, programMembers.programId))
    .where(and(eq(programMembers.userId, userId), eq(programs.id, ref.programId)))
    .limit(1);
  if (!row) throw notFound("program");
  return row;
}
