import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { badgeAwards, pointAwards, pointRules } from "~/server/db/schema";

export type PointEvent = (typeof pointAwards.$inferInsert)["event"];

export type PointAwardInput = {
  programId: string;
  enrollmentId: string;
  event: PointEvent;
  /** Names the event that earns the points, e.g. "course:<id>": one award per partner and key. */
  sourceKey: string;
  /** Points to give instead of the program's rule (contest prizes name their own). */
  points?: number;
};

/**
 * Gives a partner the points an event earns under the program's active rule (or `points`),
 * once: a second call with the same partner and source key awards nothing. Returns the
 * points awarded by this call (0 on a replay, without a rule, or for a rule worth 0).
 * Run it in the transaction that records the event, so the two stand or fall together.
 */
export async function awardPoints(db: Executor, input: PointAwardInput): Promise<number> {
  const points = input.points ?? (await rulePoints(db, input.programId, input.event));
  if (points <= 0) return 0;
  const inserted = await db
    .insert(pointAwards)
    .values({
      programId: input.programId,
      enrollmentId: input.enrollmentId,
      event: input.event,
      points,
      sourceKey: input.sourceKey,
    })
    .onConflictDoNothing({ target: [pointAwards.enrollmentId, pointAwards.sourceKey] })
    .returning({ points: pointAwards.points });
  return inserted[0]?.points ?? 0;
}

async function rulePoints(db: Executor, programId: string, event: PointEvent): Promise<number> {
  const [rule] = await db
    .select({ points: pointRules.points })
    .from(pointRules)
    .where(
      and(
        eq(pointRules.programId, programId),
        eq(pointRules.event, event),
        eq(pointRules.active, true),
      ),
    );
  return rule?.points ?? 0;
}

/** Gives a badge once; true when this call awarded it. */
export async function awardBadge(
  db: Executor,
  input: { badgeId: string; enrollmentId: string; sourceKey: string },
): Promise<boolean> {
  const inserted = await db
    .insert(badgeAwards)
    .values(input)
    .onConflictDoNothing({ target: [badgeAwards.badgeId, badgeAwards.enrollmentId] })
    .returning({ at: badgeAwards.awardedAt });
  return inserted.length > 0;
}

/** A partner's total points (all time). */
export async function totalPoints(db: Executor, enrollmentId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${pointAwards.points}), 0)` })
    .from(pointAwards)
    .where(eq(pointAwards.enrollmentId, enrollmentId));
  return Number(row?.total ?? 0);
}
