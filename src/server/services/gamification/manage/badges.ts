import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { badgeAwards, badges } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { recordAudit } from "../../audit/record-audit";
import type { ProgramContext } from "../../context";
import { badgeCriteriaSchema, parseCriteria } from "../badge-criteria";
import { assertProgramCourse } from "./program-course";

export const badgeInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{1,40}$/, "validation.rewardKey"),
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(500).default(""),
  icon: z.string().trim().min(1).max(8).default("★"),
  criteria: badgeCriteriaSchema,
});
export type BadgeInput = z.input<typeof badgeInput>;

/** The program's badges (archived last), with how many partners hold each. */
export async function listBadges(ctx: ProgramContext) {
  const rows = await ctx.db
    .select({
      badge: badges,
      holders: sql<number>`(select count(*)::int from ${badgeAwards} a where a.badge_id = ${badges.id})`,
    })
    .from(badges)
    .where(eq(badges.programId, ctx.program.id))
    .orderBy(sql`${badges.archivedAt} is not null`, asc(badges.createdAt), asc(badges.id))
    .limit(200);
  return rows.map(({ badge, holders }) => ({
    ...badge,
    criteria: parseCriteria(badge.criteria),
    holders,
  }));
}

async function checkCourse(
  ctx: ProgramContext,
  db: Parameters<typeof assertProgramCourse>[0],
  input: z.output<typeof badgeInput>,
) {
  if (input.criteria.kind === "course")
    await assertProgramCourse(db, ctx.program.id, input.criteria.courseId);
}

export async function createBadge(ctx: ProgramContext, raw: BadgeInput) {
  const input = badgeInput.parse(raw);
  return ctx.db.transaction(async (tx) => {
    await checkCourse(ctx, tx, input);
    const [created] = await tx
      .insert(badges)
      .values({ programId: ctx.program.id, ...input })
      .onConflictDoNothing({ target: [badges.programId, badges.key] })
      .returning();
    if (!created) throw conflict("rewards.badgeKeyTaken", { key: input.key });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "badge.created",
      targetType: "badge",
      targetId: created.id,
      data: { key: input.key, name: input.name, criteria: input.criteria },
    });
    return created;
  });
}

/** Changes a badge; partners who hold it keep it even when the new criteria are stricter. */
export async function updateBadge(ctx: ProgramContext, badgeId: string, raw: BadgeInput) {
  const input = badgeInput.parse(raw);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: badges.id })
      .from(badges)
      .where(and(eq(badges.id, badgeId), eq(badges.programId, ctx.program.id)))
      .for("update");
    if (!before) throw notFound("badge");
    await checkCourse(ctx, tx, input);
    const [taken] = await tx
      .select({ id: badges.id })
      .from(badges)
      .where(and(eq(badges.programId, ctx.program.id), eq(badges.key, input.key)));
    if (taken && taken.id !== badgeId) throw conflict("rewards.badgeKeyTaken", { key: input.key });
    const [updated] = await tx.update(badges).set(input).where(eq(badges.id, badgeId)).returning();
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "badge.updated",
      targetType: "badge",
      targetId: badgeId,
      data: { key: input.key, name: input.name, criteria: input.criteria },
    });
    return updated;
  });
}

/** Archived badges are no longer awarded nor shown as available; holders keep theirs. */
export async function setBadgeArchived(ctx: ProgramContext, badgeId: string, archived: boolean) {
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(badges)
      .set({ archivedAt: archived ? new Date() : null })
      .where(
        and(
          eq(badges.id, badgeId),
          eq(badges.programId, ctx.program.id),
          archived ? isNull(badges.archivedAt) : sql`${badges.archivedAt} is not null`,
        ),
      )
      .returning();
    if (!updated) {
      const [exists] = await tx
        .select({ id: badges.id })
        .from(badges)
        .where(and(eq(badges.id, badgeId), eq(badges.programId, ctx.program.id)));
      if (!exists) throw notFound("badge");
      return { changed: false };
    }
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: archived ? "badge.archived" : "badge.restored",
      targetType: "badge",
      targetId: badgeId,
      data: { key: updated.key },
    });
    return { changed: true };
  });
}
