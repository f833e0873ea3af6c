import { and, asc, eq } from "drizzle-orm";
import { enrollments, programs } from "~/server/db/schema";
import type { ActorContext } from "../context";
import { enrollmentState } from "../enrollments/enrollment-state";

/**
 * Every program open for applications (one with published terms) with the caller's own
 * standing in it. One deployment is one company, so all its programs are discoverable.
 */
export async function listProgramsForPartner(ctx: ActorContext) {
  const rows = await ctx.db
    .select({
      id: programs.id,
      slug: programs.slug,
      name: programs.name,
      description: programs.description,
      currency: programs.currency,
      cookieWindowDays: programs.cookieWindowDays,
      approvalMode: programs.approvalMode,
      currentTermsVersion: programs.currentTermsVersion,
      status: enrollments.status,
      acceptedTermsVersion: enrollments.acceptedTermsVersion,
    })
    .from(programs)
    .leftJoin(
      enrollments,
      and(eq(enrollments.programId, programs.id), eq(enrollments.partnerId, ctx.userId)),
    )
    .orderBy(asc(programs.name));
  return rows
    .filter((row) => row.currentTermsVersion > 0)
    .map(({ status, acceptedTermsVersion, ...program }) => ({
      ...program,
      state: enrollmentState(
        status && acceptedTermsVersion !== null ? { status, acceptedTermsVersion } : null,
        program.currentTermsVersion,
      ),
    }));
}
