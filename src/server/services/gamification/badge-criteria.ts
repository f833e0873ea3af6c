import { z } from "zod";
import type { BadgeCriteria } from "~/server/db/schema";

const count = z.number().int().min(1).max(1_000_000);

/** The criteria a manager may give a badge (the jsonb column's shape, checked). */
export const badgeCriteriaSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("points"), min: count }),
  z.object({ kind: z.literal("sales"), min: count }),
  z.object({ kind: z.literal("course"), courseId: z.uuid() }),
  z.object({ kind: z.literal("webinars"), min: count }),
  z.object({ kind: z.literal("streak"), weeks: z.number().int().min(2).max(520) }),
  z.object({ kind: z.literal("contest") }),
  z.object({ kind: z.literal("manual") }),
]) satisfies z.ZodType<BadgeCriteria>;

/** What badge criteria are checked against, for one partner. */
export type BadgeFacts = {
  totalPoints: number;
  /** Sales whose commission was approved (held through the hold period). */
  sales: number;
  completedCourseIds: ReadonlySet<string>;
  webinarsAttended: number;
  /** Active weeks in a row, up to this week (see currentStreak). */
  streakWeeks: number;
  /** Contests in which the partner placed in the prizes. */
  contestPrizes: number;
};

/** Whether the facts earn a badge. Manual badges are only ever given by a manager. */
export function meetsCriteria(criteria: BadgeCriteria, facts: BadgeFacts): boolean {
  switch (criteria.kind) {
    case "points":
      return facts.totalPoints >= criteria.min;
    case "sales":
      return facts.sales >= criteria.min;
    case "course":
      return facts.completedCourseIds.has(criteria.courseId);
    case "webinars":
      return facts.webinarsAttended >= criteria.min;
    case "streak":
      return facts.streakWeeks >= criteria.weeks;
    case "contest":
      return facts.contestPrizes > 0;
    case "manual":
      return false;
  }
}

/**
 * The criteria as stored, or null for JSON that is not a known shape (written by hand or by
 * an older version): such a badge is never awarded automatically instead of failing a run.
 */
export function parseCriteria(value: unknown): BadgeCriteria | null {
  const parsed = badgeCriteriaSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
