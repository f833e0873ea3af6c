import { asc, eq } from "drizzle-orm";
import { enrollments, programMembers, programs } from "~/server/db/schema";
import type { ActorContext } from "../context";
import { programSummaryColumns } from "./program-summary";

/** The programs the caller manages, with partner counts for the console's home. */
export async function listManagedPrograms(ctx: ActorContext) {
  return ctx.db
    .select(programSummaryColumns)
    .from(programMembers)
    .innerJoin(programs, eq(programs.id, programMembers.programId))
    .leftJoin(enrollments, eq(enrollments.programId, programs.id))
    .where(eq(programMembers.userId, ctx.userId))
    .groupBy(programs.id)
    .orderBy(asc(programs.name));
}
