import { and, eq } from "drizzle-orm";
import { enrollments, programs } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ActorContext } from "../context";

/** A partner accepts the program's current terms (after the manager published a new version). */
export async function acceptTerms(
  ctx: ActorContext,
  input: { slug: string; termsVersion: number },
) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ program: programs, enrollment: enrollments })
      .from(enrollments)
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .where(and(eq(programs.slug, input.slug), eq(enrollments.partnerId, ctx.userId)))
      .for("update", { of: enrollments });
    if (!row) throw notFound("enrollment");
    if (input.termsVersion !== row.program.currentTermsVersion) throw conflict("termsChanged");
    if (row.enrollment.acceptedTermsVersion === input.termsVersion) return { accepted: false };
    await tx
      .update(enrollments)
      .set({ acceptedTermsVersion: input.termsVersion })
      .where(eq(enrollments.id, row.enrollment.id));
    await recordAudit(tx, {
      programId: row.program.id,
      actorId: ctx.userId,
      action: "terms.accepted",
      targetType: "enrollment",
      targetId: row.enrollment.id,
      data: { version: input.termsVersion, previous: row.enrollment.acceptedTermsVersion },
    });
    return { accepted: true };
  });
}
