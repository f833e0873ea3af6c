import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/server/db/client";
import { enrollments, programs } from "~/server/db/schema";
import { forbidden, notFound } from "~/server/errors";
import { enrollmentState } from "../../enrollments/enrollment-state";
import { dashboardRangeSchema } from "./period";

export const dashboardInput = z.object({ programId: z.uuid(), range: dashboardRangeSchema });
export type DashboardInput = z.input<typeof dashboardInput>;

export const PAGE_SIZE_MAX = 50;
export const breakdownInput = dashboardInput.extend({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(PAGE_SIZE_MAX).default(10),
});
export type BreakdownInput = z.input<typeof breakdownInput>;

export type DashboardScope = {
  program: { id: string; slug: string; name: string; currency: string };
  enrollmentId: string;
};

/**
 * The caller's own enrollment in the program: the id only selects among the caller's
 * enrollments, so a program they are not in answers NOT_FOUND. Approved partners (also those
 * who still have new terms to accept) and suspended ones see their figures; an application
 * that was never approved has none.
 */
export async function dashboardScope(
  db: Executor,
  userId: string,
  programId: string,
): Promise<DashboardScope> {
  const [row] = await db
    .select({
      id: programs.id,
      slug: programs.slug,
      name: programs.name,
      currency: programs.currency,
      currentTermsVersion: programs.currentTermsVersion,
      enrollmentId: enrollments.id,
      status: enrollments.status,
      acceptedTermsVersion: enrollments.acceptedTermsVersion,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(and(eq(enrollments.programId, programId), eq(enrollments.partnerId, userId)))
    .limit(1);
  if (!row) throw notFound("program");
  if (row.status !== "approved" && row.status !== "suspended") {
    throw forbidden(`partnerNot.${enrollmentState(row, row.currentTermsVersion)}`);
  }
  const { id, slug, name, currency, enrollmentId } = row;
  return { program: { id, slug, name, currency }, enrollmentId };
}
