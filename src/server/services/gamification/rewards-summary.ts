import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import {
  badgeAwards,
  badges,
  courses,
  enrollments,
  pointAwards,
  programs,
} from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { loadProgramRewards, type ProgramRewards } from "./program-rewards";
import { tierProgress } from "./tier-rules";
import { DAY_MS } from "~/lib/dates";

/**
 * A partner's rewards at a glance: points (all time and within the tier window), tier with its
 * benefits and bonus, the way to the next tier, the grace period if one runs, latest badges.
 * For the rewards page and the dashboard panel; the caller has checked the enrollment is the
 * viewer's own (or the manager's program's).
 */
export async function rewardsSummary(
  db: Executor,
  enrollmentId: string,
  options: { now?: Date; rewards?: ProgramRewards; latestBadges?: number } = {},
) {
  const now = options.now ?? new Date();
  const [row] = await db
    .select({
      programId: enrollments.programId,
      tierKey: enrollments.tierKey,
      graceUntil: enrollments.tierGraceUntil,
      windowDays: programs.tierWindowDays,
      graceDays: programs.tierGraceDays,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(eq(enrollments.id, enrollmentId));
  if (!row) throw notFound("enrollment");
  const windowStart = new Date(now.getTime() - row.windowDays * DAY_MS);
  const [[points], completed, latest, rewards] = await Promise.all([
    db
      .select({
        total: sql<number>`coalesce(sum(${pointAwards.points}), 0)::int`,
        window: sql<number>`coalesce(sum(${pointAwards.points}) filter (where ${pointAwards.createdAt} > ${windowStart.toISOString()}::timestamptz), 0)::int`,
      })
      .from(pointAwards)
      .where(eq(pointAwards.enrollmentId, enrollmentId)),
    db.execute<{ course_id: string }>(sql`select course_id from course_progress
      where enrollment_id = ${enrollmentId}::uuid and completed_at is not null`),
    db
      .select({
        id: badges.id,
        name: badges.name,
        icon: badges.icon,
        awardedAt: badgeAwards.awardedAt,
      })
      .from(badgeAwards)
      .innerJoin(badges, eq(badges.id, badgeAwards.badgeId))
      .where(eq(badgeAwards.enrollmentId, enrollmentId))
      .orderBy(desc(badgeAwards.awardedAt), desc(badges.id))
      .limit(options.latestBadges ?? 3),
    options.rewards ?? loadProgramRewards(db, row.programId),
  ]);
  const standing = {
    windowPoints: Number(points?.window ?? 0),
    completedCourseIds: new Set(completed.map((c) => c.course_id)),
  };
  const tier = rewards.tiers.find((t) => t.key === row.tierKey) ?? null;
  const progress = tierProgress(rewards.tiers, standing, tier ? tier.key : null);
  const nextTier = progress.next ? rewards.tiers.find((t) => t.key === progress.next!.key)! : null;
  const [course] = nextTier?.requiredCourseId
    ? await db
        .select({ id: courses.id, title: courses.title })
        .from(courses)
        .where(and(eq(courses.id, nextTier.requiredCourseId)))
    : [];
  return {
    programId: row.programId,
    points: {
      total: Number(points?.total ?? 0),
      window: standing.windowPoints,
      windowDays: row.windowDays,
    },
    /** A key with no tier row (given by hand for a rule's bonus) shows as its key alone. */
    tier: tier
      ? { key: tier.key, name: tier.name, benefits: tier.benefits, rateBonusBps: tier.rateBonusBps }
      : row.tierKey
        ? { key: row.tierKey, name: row.tierKey, benefits: "", rateBonusBps: 0 }
        : null,
    next: nextTier
      ? {
          key: nextTier.key,
          name: nextTier.name,
          minPoints: nextTier.minPoints,
          rateBonusBps: nextTier.rateBonusBps,
          pointsNeeded: progress.pointsNeeded,
          progressBps: progress.progressBps,
          requiredCourse: course ?? null,
          courseMissing: progress.courseMissing,
        }
      : null,
    grace:
      row.graceUntil && row.graceUntil > now && tier
        ? { until: row.graceUntil, tierName: tier.name }
        : null,
    latestBadges: latest,
  };
}

export type RewardsSummary = Awaited<ReturnType<typeof rewardsSummary>>;
