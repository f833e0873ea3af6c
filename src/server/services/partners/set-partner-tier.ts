import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { tierKeySchema } from "~/lib/validation/commission-rules";
import { enrollments, tierChanges, tiers, users } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { programTierKeys } from "./tier-keys";

export const setPartnerTierInput = z.object({
  enrollmentId: z.uuid(),
  /** One of the program's tier keys, or null for no tier. */
  tierKey: tierKeySchema.nullable(),
});

/**
 * A manager gives a partner a tier (or takes it away). Only a key some commission rule of the
 * program names, or one of the program's tiers, is accepted: a typo would otherwise silently
 * earn no bonus. Recorded in tier_changes too (the partner's tier history). Audited with the
 * previous tier; setting the tier a partner already has changes and records nothing.
 */
export async function setPartnerTier(
  ctx: ProgramContext,
  input: z.input<typeof setPartnerTierInput>,
) {
  const { enrollmentId, tierKey } = setPartnerTierInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: enrollments.id, tierKey: enrollments.tierKey, email: users.email })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(and(eq(enrollments.id, enrollmentId), eq(enrollments.programId, ctx.program.id)))
      .for("update", { of: enrollments });
    if (!row) throw notFound("partner");
    if (tierKey !== null && tierKey !== row.tierKey) {
      const known = await programTierKeys(tx, ctx.program.id);
      const defined = await tx
        .select({ key: tiers.key })
        .from(tiers)
        .where(and(eq(tiers.programId, ctx.program.id), eq(tiers.key, tierKey)));
      if (!known.includes(tierKey) && defined.length === 0) {
        throw new DomainError("BAD_REQUEST", "unknownTier", { tier: tierKey });
      }
    }
    if (tierKey === row.tierKey) return { tierKey, changed: false };
    // A hand-given tier starts clean: no grace period inherited from the previous one.
    await tx
      .update(enrollments)
      .set({ tierKey, tierGraceUntil: null })
      .where(eq(enrollments.id, row.id));
    await tx.insert(tierChanges).values({
      enrollmentId: row.id,
      fromKey: row.tierKey,
      toKey: tierKey,
      reason: "manager",
      actorId: ctx.userId,
    });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "enrollment.tierSet",
      targetType: "enrollment",
      targetId: row.id,
      data: { partner: row.email, from: row.tierKey, to: tierKey },
    });
    return { tierKey, changed: true };
  });
}
