import { and, eq, type SQL } from "drizzle-orm";
import { enrollments, promoCodes, users } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { promoCodeSchema } from "~/lib/validation/links";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { normalizeEmail } from "../users/find-or-create-user";

export type AssignPromoCode = { code: string } & (
  { enrollmentId: string; email?: undefined } | { email: string; enrollmentId?: undefined }
);

/**
 * A manager gives an approved partner of their program a promo code. Codes are unique per
 * program (the database enforces it, so two managers racing for one code get one winner and
 * one clear conflict).
 */
export async function assignPromoCode(ctx: ProgramContext, input: AssignPromoCode) {
  const code = promoCodeSchema.parse(input.code);
  const partner: SQL = input.enrollmentId
    ? eq(enrollments.id, input.enrollmentId)
    : eq(users.email, normalizeEmail(input.email ?? ""));
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ enrollment: enrollments, email: users.email })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(and(eq(enrollments.programId, ctx.program.id), partner))
      .limit(1);
    if (!row) throw notFound("partner");
    if (row.enrollment.status !== "approved") {
      throw conflict("promoCodePartnerNotApproved", { status: row.enrollment.status });
    }
    const [created] = await tx
      .insert(promoCodes)
      .values({ programId: ctx.program.id, enrollmentId: row.enrollment.id, code })
      .onConflictDoNothing({ target: [promoCodes.programId, promoCodes.code] })
      .returning();
    if (!created) throw conflict("promoCodeTaken", { code });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "promoCode.assigned",
      targetType: "promoCode",
      targetId: created.id,
      data: { code, partner: row.email },
    });
    return {
      id: created.id,
      code: created.code,
      enrollmentId: row.enrollment.id,
      email: row.email,
    };
  });
}
