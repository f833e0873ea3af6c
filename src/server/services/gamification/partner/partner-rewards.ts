import { and, asc, desc, eq, gt, inArray } from "drizzle-orm";
import { badgeAwards, courses, pointRules } from "~/server/db/schema";
import type { PartnerContext } from "../../context";
import { loadProgramRewards } from "../program-rewards";
import { rewardsSummary } from "../rewards-summary";
import { pointsHistory } from "./points-history";

/**
 * Everything the partner's rewards page shows at once: the summary, every badge (earned with
 * its date, or still to earn with its criteria), the latest points and how to earn more.
 */
export async function partnerRewards(ctx: PartnerContext) {
  const enrollment = { id: ctx.enrollment.id, programId: ctx.program.id, name: ctx.program.name };
  const rewards = await loadProgramRewards(ctx.db, enrollment.programId);
  const [summary, earned, rules, recent] = await Promise.all([
    rewardsSummary(ctx.db, enrollment.id, { rewards }),
    ctx.db
      .select({ badgeId: badgeAwards.badgeId, awardedAt: badgeAwards.awardedAt })
      .from(badgeAwards)
      .where(eq(badgeAwards.enrollmentId, enrollment.id)),
    ctx.db
      .select({ event: pointRules.event, points: pointRules.points })
      .from(pointRules)
      .where(
        and(
          eq(pointRules.programId, enrollment.programId),
          eq(pointRules.active, true),
          gt(pointRules.points, 0),
        ),
      )
      .orderBy(desc(pointRules.points), asc(pointRules.event)),
    pointsHistory(ctx.db, enrollment.id, { limit: 5 }),
  ]);
  const courseIds = rewards.badges.flatMap((b) =>
    b.criteria?.kind === "course" ? [b.criteria.courseId] : [],
  );
  const titles =
    courseIds.length === 0
      ? []
      : await ctx.db
          .select({ id: courses.id, title: courses.title })
          .from(courses)
          .where(and(eq(courses.programId, enrollment.programId), inArray(courses.id, courseIds)));
  const earnedAt = new Map(earned.map((award) => [award.badgeId, award.awardedAt]));
  const badgeList = rewards.badges.map((badge) => ({
    id: badge.id,
    name: badge.name,
    description: badge.description,
    icon: badge.icon,
    criteria: badge.criteria,
    awardedAt: earnedAt.get(badge.id) ?? null,
  }));
  return {
    program: { id: enrollment.programId, name: enrollment.name },
    ...summary,
    tiers: rewards.tiers.map((t) => ({
      key: t.key,
      name: t.name,
      minPoints: t.minPoints,
      rateBonusBps: t.rateBonusBps,
      benefits: t.benefits,
    })),
    badges: {
      earned: badgeList
        .filter((b) => b.awardedAt !== null)
        .sort((a, b) => b.awardedAt!.getTime() - a.awardedAt!.getTime()),
      available: badgeList.filter((b) => b.awardedAt === null),
    },
    rules,
    /** Titles of the courses badges ask for, by id. */
    courseTitles: Object.fromEntries(titles.map((c) => [c.id, c.title])),
    recentPoints: recent.items,
  };
}
