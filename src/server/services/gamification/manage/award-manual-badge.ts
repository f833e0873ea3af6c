import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { badges, enrollments, users } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { recordAudit } from "../../audit/record-audit";
import type { ProgramContext } from "../../context";
import { managedEnrollment } from "../../partners/managed-enrollment";
import { awardBadge } from "../award";
import { writeRewardNotices } from "../notices";

/** The partner by enrollment id, or by email (the console's form): only of this program. */
async function partnerOf(
  db: Executor,
  programId: string,
  who: { enrollmentId: string } | { email: string },
) {
  if ("enrollmentId" in who) return managedEnrollment(db, programId, who.enrollmentId);
  const [row] = await db
    .select({ id: enrollments.id, partnerId: enrollments.partnerId })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(
      and(
        eq(enrollments.programId, programId),
        sql`lower(${users.email}) = lower(${who.email.trim()})`,
      ),
    );
  if (!row) throw notFound("partner");
  return row;
}

/**
 * A manager gives a partner a "manual" badge (one no rule awards). Giving it again changes
 * nothing. The partner is told with a notice.
 */
export async function awardManualBadge(
  ctx: ProgramContext,
  input: { badgeId: string } & ({ enrollmentId: string } | { email: string }),
) {
  return ctx.db.transaction(async (tx) => {
    const enrollment = await partnerOf(tx, ctx.program.id, input);
    const [badge] = await tx
      .select()
      .from(badges)
      .where(
        and(
          eq(badges.id, input.badgeId),
          eq(badges.programId, ctx.program.id),
          isNull(badges.archivedAt),
        ),
      );
    if (!badge) throw notFound("badge");
    if ((badge.criteria as { kind?: string }).kind !== "manual") {
      throw new DomainError("BAD_REQUEST", "rewards.badgeNotManual");
    }
    const awarded = await awardBadge(tx, {
      badgeId: badge.id,
      enrollmentId: enrollment.id,
      sourceKey: `manager:${ctx.userId ?? "system"}`,
    });
    if (!awarded) return { awarded: false };
    await writeRewardNotices(tx, ctx.program.id, [
      {
        userId: enrollment.partnerId,
        kind: "badge.awarded",
        data: { badgeId: badge.id, name: badge.name, icon: badge.icon },
      },
    ]);
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "badge.awarded",
      targetType: "enrollment",
      targetId: enrollment.id,
      data: { badge: badge.key },
    });
    return { awarded: true };
  });
}
