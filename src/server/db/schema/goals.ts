import { sql } from "drizzle-orm";
import { bigint, check, date, pgEnum, pgTable, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { enrollments } from "./programs";

export const goalMetric = pgEnum("goal_metric", ["clicks", "conversions", "commission"]);

/**
 * The weekly goal a partner set for themselves in one program (one per enrollment), measured
 * against the daily rollups. `since` is the Monday of the first week the goal counts for its
 * streak: weeks before it were not aimed at this goal (see services/goals/week.ts for when a
 * change moves it). Commission targets are minor units of the program's currency.
 */
export const partnerGoals = pgTable(
  "partner_goals",
  {
    enrollmentId: uuid()
      .primaryKey()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    metric: goalMetric().notNull(),
    target: bigint({ mode: "bigint" }).notNull(),
    since: date({ mode: "string" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("partner_goals_target_ck", sql`${t.target} between 1 and 1000000000000`),
    check("partner_goals_since_monday_ck", sql`extract(isodow from ${t.since}) = 1`),
  ],
);
