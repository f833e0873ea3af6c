import { z } from "zod";

/**
 * A partner's weekly goal as the API takes it: a metric and a positive whole target, in
 * minor units of the program's currency for commission (the form converts "500" EUR to 50000n
 * with parseMoney, never through a float). Shared by the procedure and the form.
 */
export const GOAL_METRICS = ["clicks", "conversions", "commission"] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

/** The largest target per metric: far above any real week, low enough to catch a typo. */
export const GOAL_TARGET_MAX: Record<GoalMetric, bigint> = {
  clicks: 100_000_000n,
  conversions: 1_000_000n,
  commission: 1_000_000_000_000n,
};

const target = (metric: GoalMetric) =>
  z.object({
    metric: z.literal(metric),
    target: z.bigint().min(1n).max(GOAL_TARGET_MAX[metric]),
  });

export const weeklyGoalSchema = z.discriminatedUnion("metric", [
  target("clicks"),
  target("conversions"),
  target("commission"),
]);
export type WeeklyGoalInput = z.infer<typeof weeklyGoalSchema>;
