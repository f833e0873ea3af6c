import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { tierKeySchema } from "~/lib/validation/commission-rules";
import type { Executor } from "~/server/db/client";
import { enrollments, tiers } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { recordAudit } from "../../audit/record-audit";
import type { ProgramContext } from "../../context";
import { assertProgramCourse } from "./program-course";

export const tierInput = z.object({
  key: tierKeySchema,
  name: z.string().trim().min(1).max(60),
  minPoints: z.number().int().min(0).max(100_000_000),
  rateBonusBps: z.number().int().min(0).max(10_000),
  benefits: z.string().trim().max(1000).default(""),
  requiredCourseId: z.uuid().nullable().default(null),
});
export type TierInput = z.input<typeof tierInput>;

/** The program's tiers, lowest first, with how many partners hold each. */
export async function listTiers(ctx: ProgramContext) {
  return ctx.db
    .select({
      tier: tiers,
      partners: sql<number>`(select count(*)::int from ${enrollments} e
        where e.program_id = ${tiers.programId} and e.tier_key = ${tiers.key})`,
    })
    .from(tiers)
    .where(eq(tiers.programId, ctx.program.id))
    .orderBy(asc(tiers.minPoints), asc(tiers.key))
    .then((rows) => rows.map(({ tier, partners }) => ({ ...tier, partners })));
}

async function checked(ctx: ProgramContext, db: Executor, raw: TierInput) {
  const input = tierInput.parse(raw);
  if (input.requiredCourseId) await assertProgramCourse(db, ctx.program.id, input.requiredCourseId);
  return input;
}

function audit(ctx: ProgramContext, db: Executor, action: string, id: string, data: object) {
  return recordAudit(db, {
    programId: ctx.program.id,
    actorId: ctx.userId,
    action,
    targetType: "tier",
    targetId: id,
    data: { ...data },
  });
}

export async function createTier(ctx: ProgramContext, raw: TierInput) {
  return ctx.db.transaction(async (tx) => {
    const input = await checked(ctx, tx, raw);
    const [created] = await tx
      .insert(tiers)
      .values({ programId: ctx.program.id, ...input })
      .onConflictDoNothing({ target: [tiers.programId, tiers.key] })
      .returning();
    if (!created) throw conflict("rewards.tierKeyTaken", { key: input.key });
    await audit(ctx, tx, "tier.created", created.id, input);
    return created;
  });
}

/**
 * Changes a tier. The key is fixed once partners hold it (enrollments and commission rules name
 * it); a new threshold applies from the next evaluation, with the usual grace period.
 */
export async function updateTier(ctx: ProgramContext, tierId: string, raw: TierInput) {
  return ctx.db.transaction(async (tx) => {
    const input = await checked(ctx, tx, raw);
    const [before] = await tx
      .select()
      .from(tiers)
      .where(and(eq(tiers.id, tierId), eq(tiers.programId, ctx.program.id)))
      .for("update");
    if (!before) throw notFound("tier");
    if (input.key !== before.key) {
      const [holder] = await tx
        .select({ id: enrollments.id })
        .from(enrollments)
        .where(and(eq(enrollments.programId, ctx.program.id), eq(enrollments.tierKey, before.key)))
        .limit(1);
      if (holder) throw conflict("rewards.tierInUse", { key: before.key });
      const [taken] = await tx
        .select({ id: tiers.id })
        .from(tiers)
        .where(and(eq(tiers.programId, ctx.program.id), eq(tiers.key, input.key)));
      if (taken) throw conflict("rewards.tierKeyTaken", { key: input.key });
    }
    const [updated] = await tx.update(tiers).set(input).where(eq(tiers.id, tierId)).returning();
    await audit(ctx, tx, "tier.updated", tierId, input);
    return updated!;
  });
}

/** Deletes a tier nobody holds (partners holding it would silently lose their bonus). */
export async function deleteTier(ctx: ProgramContext, tierId: string) {
  return ctx.db.transaction(async (tx) => {
    const [tier] = await tx
      .select()
      .from(tiers)
      .where(and(eq(tiers.id, tierId), eq(tiers.programId, ctx.program.id)))
      .for("update");
    if (!tier) throw notFound("tier");
    const [holder] = await tx
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(and(eq(enrollments.programId, ctx.program.id), eq(enrollments.tierKey, tier.key)))
      .limit(1);
    if (holder) throw conflict("rewards.tierInUse", { key: tier.key });
    await tx.delete(tiers).where(eq(tiers.id, tierId));
    await audit(ctx, tx, "tier.deleted", tierId, { key: tier.key, name: tier.name });
    return { deleted: true };
  });
}
