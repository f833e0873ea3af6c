import { and, eq, isNull } from "drizzle-orm";
import { badges } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { recordAudit } from "../../audit/record-audit";
import type { ProgramContext } from "../../context";
import { managedEnrollment } from "../../partners/managed-enrollment";
import { awardBadge } from "../award";
import { writeRewardNotices } from "../notices";

/**
 * A manager gives a partner a "manual" badge (one no rule awards). Giving it again changes
 * nothing. The partner is told with a notice.
 */
export async function awardManualBadge(
  ctx: ProgramContext,
  input: { badgeId: string; enrollmentId: string },
) {
  return ctx.db.transaction(async (tx) => {
    const enrollment = await managedEnrollment(tx, ctx.program.id, input.enrollmentId);
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
