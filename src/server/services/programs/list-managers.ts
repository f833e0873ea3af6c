import { asc, eq } from "drizzle-orm";
import { programMembers, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";

/** The program's managers, for its team settings. */
export async function listManagers(ctx: ProgramContext) {
  return ctx.db
    .select({
      userId: programMembers.userId,
      email: users.email,
      name: users.name,
      since: programMembers.createdAt,
    })
    .from(programMembers)
    .innerJoin(users, eq(users.id, programMembers.userId))
    .where(eq(programMembers.programId, ctx.program.id))
    .orderBy(asc(users.email));
}
