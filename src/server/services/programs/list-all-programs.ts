import { asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { enrollments, programMembers, programs } from "~/server/db/schema";

/** Every program of the deployment with partner and manager counts (owners and the command line). */
export async function listAllPrograms(db: Db) {
  const [rows, managers] = await Promise.all([
    db
      .select({
        id: programs.id,
        slug: programs.slug,
        name: programs.name,
        currency: programs.currency,
        approvalMode: programs.approvalMode,
        termsVersion: programs.currentTermsVersion,
        partners: sql<number>`count(${enrollments.id}) filter (where ${enrollments.status} = 'approved')::int`,
        pending: sql<number>`count(${enrollments.id}) filter (where ${enrollments.status} = 'applied')::int`,
      })
      .from(programs)
      .leftJoin(enrollments, eq(enrollments.programId, programs.id))
      .groupBy(programs.id)
      .orderBy(asc(programs.slug)),
    db
      .select({ programId: programMembers.programId, managers: count() })
      .from(programMembers)
      .groupBy(programMembers.programId),
  ]);
  const managerCounts = new Map(managers.map((row) => [row.programId, row.managers]));
  return rows.map((row) => ({ ...row, managers: managerCounts.get(row.id) ?? 0 }));
}
