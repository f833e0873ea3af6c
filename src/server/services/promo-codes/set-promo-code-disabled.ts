import { and, eq } from "drizzle-orm";
import { promoCodes } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

/** Turns a promo code off (conversions quoting it are no longer attributed) or on again. */
export async function setPromoCodeDisabled(
  ctx: ProgramContext,
  input: { promoCodeId: string; disabled: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const [code] = await tx
      .select()
      .from(promoCodes)
      .where(and(eq(promoCodes.id, input.promoCodeId), eq(promoCodes.programId, ctx.program.id)))
      .for("update");
    if (!code) throw notFound("promoCode");
    if ((code.disabledAt !== null) === input.disabled) {
      return { id: code.id, disabled: input.disabled, changed: false };
    }
    await tx
      .update(promoCodes)
      .set({ disabledAt: input.disabled ? new Date() : null })
      .where(eq(promoCodes.id, code.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: input.disabled ? "promoCode.disabled" : "promoCode.enabled",
      targetType: "promoCode",
      targetId: code.id,
      data: { code: code.code },
    });
    return { id: code.id, disabled: input.disabled, changed: true };
  });
}
