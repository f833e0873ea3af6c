import { asc, eq, sql } from "drizzle-orm";
import { enrollments, programMembers, programs } from "~/server/db/schema";
import type { ActorContext } from "../context";

/** The programs the caller manages, with partner counts for the console's home. */
export async function listManagedPrograms(ctx: ActorContext) {
  return ctx.db
    .select({
      id: programs.id,
      slug: programs.slug,
      name: programs.name,
      currency: programs.currency,
      approvalMode: programs.approvalMode,
      approved: sql<number>`count(${enrollments.id}) filter (where ${enrollments.status} = 'approved')::int`,
      pending: sql<number>`count(${enrollments.id}) filter (where ${enrollments.status} = 'applied')::int`,
    })
    .from(programMembers)
    .innerJoin(programs, eq(programs.id, programMembers.programId))
    .leftJoin(enrollments, eq(enrollments.programId, programs.id))
    .where(eq(programMembers.userId, ctx.userId))
    .groupBy(programs.id)
    .orderBy(asc(programs.name));
}
