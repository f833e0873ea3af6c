import { and, eq } from "drizzle-orm";
import { enrollments, programs, programTerms } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { ActorContext } from "../context";
import { enrollmentState } from "../enrollments/enrollment-state";

/** A program's public page for a partner: settings, current terms and the caller's standing. */
export async function getProgramForPartner(ctx: ActorContext, slug: string) {
  const [row] = await ctx.db
    .select({ program: programs, terms: programTerms, enrollment: enrollments })
    .from(programs)
    .innerJoin(
      programTerms,
      and(
        eq(programTerms.programId, programs.id),
        eq(programTerms.version, programs.currentTermsVersion),
      ),
    )
    .leftJoin(
      enrollments,
      and(eq(enrollments.programId, programs.id), eq(enrollments.partnerId, ctx.userId)),
    )
    .where(eq(programs.slug, slug))
    .limit(1);
  if (!row) throw notFound("program");
  const { program, terms, enrollment } = row;
  return {
    program: {
      id: program.id,
      slug: program.slug,
      name: program.name,
      description: program.description,
      currency: program.currency,
      cookieWindowDays: program.cookieWindowDays,
      holdPeriodDays: program.holdPeriodDays,
      allowedDomains: program.allowedDomains,
      approvalMode: program.approvalMode,
    },
    terms: { version: terms.version, body: terms.body, publishedAt: terms.publishedAt },
    enrollment: enrollment && {
      status: enrollment.status,
      acceptedTermsVersion: enrollment.acceptedTermsVersion,
      appliedAt: enrollment.appliedAt,
      decidedAt: enrollment.decidedAt,
    },
    state: enrollmentState(enrollment, program.currentTermsVersion),
  };
}
