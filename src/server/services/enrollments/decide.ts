import { and, eq } from "drizzle-orm";
import { enrollments, users } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { sendEmail } from "~/server/email/send";
import { approvedStatus } from "./required-courses";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { nextStatus, type Decision } from "./enrollment-state";

/** A manager approves, rejects, suspends or reinstates a partner in their program. */
export async function decideEnrollment(
  ctx: ProgramContext,
  input: { enrollmentId: string; decision: Decision; reason?: string },
) {
  const decided = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ enrollment: enrollments, partner: users })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(and(eq(enrollments.id, input.enrollmentId), eq(enrollments.programId, ctx.program.id)))
      .for("update", { of: enrollments });
    if (!row) throw notFound("enrollment");
    const next = nextStatus(row.enrollment.status, input.decision);
    // An approval waits in "training" while the program requires a published course the
    // partner has not completed; so does a reinstatement, or a partner suspended during their
    // training would come back active without it.
    const status =
      next === "approved" ? await approvedStatus(tx, ctx.program.id, row.enrollment.id) : next;
    if (!status) {
      throw conflict("decisionNotAllowed", {
        decision: input.decision,
        status: row.enrollment.status,
      });
    }
    await tx
      .update(enrollments)
      .set({ status, decidedAt: new Date(), decidedBy: ctx.userId })
      .where(eq(enrollments.id, row.enrollment.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: `enrollment.${input.decision}`,
      targetType: "enrollment",
      targetId: row.enrollment.id,
      data: {
        from: row.enrollment.status,
        to: status,
        partner: row.partner.email,
        reason: input.reason,
      },
    });
    return { status, partner: row.partner };
  });

  if (input.decision === "approve" || input.decision === "reject") {
    await sendEmail(ctx.db, {
      to: decided.partner.email,
      locale: decided.partner.locale,
      template: "applicationDecided",
      props: {
        programName: ctx.program.name,
        programSlug: ctx.program.slug,
        approved: decided.status === "approved" || decided.status === "training",
      },
    });
  }
  return { status: decided.status };
}
