import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";
import { enrollments, programs } from "./programs";

export const contestMetric = pgEnum("contest_metric", [
  "revenue",
  "sales",
  "conversions",
  "clicks",
  "recruits",
]);

/** Prizes by rank (inclusive ranges, ascending, no overlap); validated by contests/rules/prizes. */
export type ContestPrize = { fromRank: number; toRank: number; label: string; points?: number };
/** A milestone every partner reaching `threshold` earns (metric units; bigint as a string). */
export type ContestMilestone = { threshold: string; label: string; points?: number };
/**
 * Leagues by partner size: a partner's league is fixed at launch from their value of the
 * contest's metric over the comparable period before it (the highest `minValue` they reach).
 */
export type ContestLeague = { key: string; label: string; minValue: string };

/**
 * A sales contest over whole UTC days [startsOn, endsOn]. Draft until launched; after the end
 * a job freezes the standings into contest_results. Status is derived from these timestamps
 * and the dates: draft (no launchedAt), scheduled, running, ended (awaiting the freeze),
 * final (frozenAt), cancelled.
 */
export const contests = pgTable(
  "contests",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    metric: contestMetric().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    /** Tier keys that may take part; empty: every approved partner. */
    eligibleTierKeys: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    prizes: jsonb().$type<ContestPrize[]>().notNull().default([]),
    milestones: jsonb().$type<ContestMilestone[]>().notNull().default([]),
    leagues: jsonb().$type<ContestLeague[]>().notNull().default([]),
    /** Others appear under an alias instead of their name. */
    showAliases: boolean().notNull().default(false),
    /** Others' values are hidden; ranks and gaps stay visible. */
    hideAmounts: boolean().notNull().default(false),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    launchedAt: timestamp({ withTimezone: true }),
    frozenAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("contests_program_idx").on(t.programId, t.endsOn),
    index("contests_created_by_idx").on(t.createdById),
    index("contests_due_freeze_idx")
      .on(t.endsOn)
      .where(
        sql`${t.launchedAt} is not null and ${t.frozenAt} is null and ${t.cancelledAt} is null`,
      ),
    check("contests_window_ck", sql`${t.endsOn} >= ${t.startsOn}`),
    check("contests_name_ck", sql`length(${t.name}) between 1 and 200`),
  ],
);

/** A partner's league in a contest, fixed at launch (only for contests with leagues). */
export const contestEntries = pgTable(
  "contest_entries",
  {
    contestId: uuid()
      .notNull()
      .references(() => contests.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    leagueKey: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "contest_entries_pk", columns: [t.contestId, t.enrollmentId] }),
    index("contest_entries_enrollment_idx").on(t.enrollmentId),
  ],
);

/** The frozen standings: written once by the freeze job, then read as the results. */
export const contestResults = pgTable(
  "contest_results",
  {
    contestId: uuid()
      .notNull()
      .references(() => contests.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    /** Empty without leagues. */
    leagueKey: text().notNull().default(""),
    rank: integer().notNull(),
    value: bigint({ mode: "bigint" }).notNull(),
    prizeLabel: text(),
    milestonesReached: integer().notNull().default(0),
    /** Refunds dated after the freeze, in metric units: recorded, never re-ranked. */
    lateRefunds: bigint({ mode: "bigint" })
      .notNull()
      .default(sql`0`),
  },
  (t) => [
    primaryKey({ name: "contest_results_pk", columns: [t.contestId, t.enrollmentId] }),
    index("contest_results_rank_idx").on(t.contestId, t.leagueKey, t.rank),
    index("contest_results_enrollment_idx").on(t.enrollmentId),
  ],
);

/** Milestones a partner reached while the contest ran: one row each, so it is told once. */
export const contestMilestoneAwards = pgTable(
  "contest_milestone_awards",
  {
    contestId: uuid()
      .notNull()
      .references(() => contests.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    milestoneIndex: integer().notNull(),
    reachedAt: createdAt(),
  },
  (t) => [
    primaryKey({
      name: "contest_milestone_awards_pk",
      columns: [t.contestId, t.enrollmentId, t.milestoneIndex],
    }),
    index("contest_milestone_awards_enrollment_idx").on(t.enrollmentId),
  ],
);
