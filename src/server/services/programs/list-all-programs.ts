import { asc, count, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { enrollments, programMembers, programs } from "~/server/db/schema";
import { programSummaryColumns } from "./program-summary";

/** Every program of the deployment with partner and manager counts (owners and the command line). */
export async function listAllPrograms(db: Db) {
  const [rows, managers] = await Promise.all([
    db
      .select(programSummaryColumns)
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
