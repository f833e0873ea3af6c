import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { enrollments, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import type { EnrollmentStatus } from "./enrollment-state";

export type ApplicationsQuery = {
  status?: EnrollmentStatus;
  search?: string;
  page: number;
  pageSize: number;
};

/** The program's partners and applicants, newest first, filtered by status or email/name. */
export async function listApplications(ctx: ProgramContext, query: ApplicationsQuery) {
  const filters: (SQL | undefined)[] = [
    eq(enrollments.programId, ctx.program.id),
    query.status ? eq(enrollments.status, query.status) : undefined,
    query.search
      ? or(
          ilike(users.email, `%${escapeLike(query.search)}%`),
          ilike(users.name, `%${escapeLike(query.search)}%`),
        )
      : undefined,
  ];
  const rows = await ctx.db
    .select({
      id: enrollments.id,
      status: enrollments.status,
      pitch: enrollments.pitch,
      appliedAt: enrollments.appliedAt,
      decidedAt: enrollments.decidedAt,
      acceptedTermsVersion: enrollments.acceptedTermsVersion,
      email: users.email,
      name: users.name,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(and(...filters))
    .orderBy(desc(enrollments.appliedAt), desc(enrollments.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await ctx.db
    .select({ value: count() })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(and(...filters));
  const totalCount = total?.value ?? 0;
  return {
    items: rows,
    total: totalCount,
    pages: Math.max(1, Math.ceil(totalCount / query.pageSize)),
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
