import { eq } from "drizzle-orm";
import { enrollments, programs, users } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { sendEmail } from "~/server/email/send";
import { approvedStatus } from "./required-courses";
import { recordAudit } from "../audit/record-audit";
import { findReferrer } from "../referrals/find-referrer";
import type { ActorContext } from "../context";

/**
 * A partner applies to a program, accepting the terms version they were shown. Programs with
 * automatic approval approve at once; others wait for a manager. A referral code from the
 * recruiting partner's link records who recruited them (overrides flow up that line).
 */
export async function applyToProgram(
  ctx: ActorContext,
  input: { programId: string; termsVersion: number; pitch: string; ref?: string },
) {
  const result = await ctx.db.transaction(async (tx) => {
    const [program] = await tx.select().from(programs).where(eq(programs.id, input.programId));
    if (!program || program.currentTermsVersion === 0) throw notFound("program");
    if (input.termsVersion !== program.currentTermsVersion) throw conflict("termsChanged");
    const auto = program.approvalMode === "auto";
    const referredById = input.ref
      ? await findReferrer(tx, { programId: program.id, code: input.ref, applicantId: ctx.userId })
      : null;
    // Automatic approval too waits in "training" while a required course is to be done.
    const status = auto ? await approvedStatus(tx, program.id, null) : "applied";
    const [enrollment] = await tx
      .insert(enrollments)
      .values({
        programId: program.id,
        partnerId: ctx.userId,
        status,
        acceptedTermsVersion: input.termsVersion,
        pitch: input.pitch,
        referredById,
        decidedAt: auto ? new Date() : null,
      })
      .onConflictDoNothing({ target: [enrollments.programId, enrollments.partnerId] })
      .returning();
    if (!enrollment) throw conflict("alreadyApplied");
    await recordAudit(tx, {
      programId: program.id,
      actorId: ctx.userId,
      action: auto ? "enrollment.autoApproved" : "enrollment.applied",
      targetType: "enrollment",
      targetId: enrollment.id,
      data: { termsVersion: input.termsVersion, referredById },
    });
    return { program, enrollment };
  });

  const [partner] = await ctx.db.select().from(users).where(eq(users.id, ctx.userId));
  if (partner) {
    await sendEmail(ctx.db, {
      to: partner.email,
      locale: partner.locale,
      template:
        result.enrollment.status === "applied" ? "applicationReceived" : "applicationDecided",
      props: {
        programName: result.program.name,
        programSlug: result.program.slug,
        approved: result.enrollment.status !== "applied",
      },
    });
  }
  return { status: result.enrollment.status };
}
