import { eq } from "drizzle-orm";
import { enrollments } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { PartnerContext } from "../context";

/** A partner accepts the program's current terms (after the manager published a new version). */
export async function acceptTerms(ctx: PartnerContext, input: { termsVersion: number }) {
  const { program } = ctx;
  if (input.termsVersion !== program.currentTermsVersion) throw conflict("termsChanged");
  return ctx.db.transaction(async (tx) => {
    // Locked so two tabs accepting at once record one acceptance.
    const [enrollment] = await tx
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, ctx.enrollment.id))
      .for("update");
    const row = { program, enrollment: enrollment! };
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
