import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { courses } from "./academy";
import { createdAt, id } from "./columns";
import { enrollments, programs } from "./programs";

/** What earns points. */
export const pointEvent = pgEnum("point_event", [
  "sale",
  "lead",
  "install",
  "course_completed",
  "quiz_passed",
  "webinar_attended",
  "active_week_streak",
  "contest_milestone",
  "contest_prize",
]);

/** A program's rule: so many points per event of a kind. */
export const pointRules = pgTable(
  "point_rules",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    event: pointEvent().notNull(),
    points: integer().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    unique("point_rules_program_event_uq").on(t.programId, t.event),
    check("point_rules_points_ck", sql`${t.points} between 0 and 1000000`),
  ],
);

/**
 * Points a partner earned, append-only. `sourceKey` names the event that earned them (e.g.
 * "conversion:<id>", "course:<id>", "webinar:<id>", "streak:2026-W47"): one award per
 * partner and source, so replaying events never awards twice.
 */
export const pointAwards = pgTable(
  "point_awards",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    event: pointEvent().notNull(),
    points: integer().notNull(),
    sourceKey: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("point_awards_source_uq").on(t.enrollmentId, t.sourceKey),
    index("point_awards_enrollment_created_idx").on(t.enrollmentId, t.createdAt),
    index("point_awards_program_created_idx").on(t.programId, t.createdAt),
  ],
);

/**
 * How a badge is earned, checked by src/server/services/gamification. Kinds: points (total at
 * least min), sales (count at least min), course (completed courseId), webinars (attended at
 * least min), streak (active weeks in a row at least min), contest (placed in a contest's
 * prizes), manual (awarded by a manager).
 */
export type BadgeCriteria =
  | { kind: "points"; min: number }
  | { kind: "sales"; min: number }
  | { kind: "course"; courseId: string }
  | { kind: "webinars"; min: number }
  | { kind: "streak"; weeks: number }
  | { kind: "contest" }
  | { kind: "manual" };

export const badges = pgTable(
  "badges",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    key: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    /** A short symbol shown on the badge (an emoji or two letters). */
    icon: text().notNull().default("★"),
    criteria: jsonb().$type<BadgeCriteria>().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("badges_program_key_uq").on(t.programId, t.key),
    check("badges_key_ck", sql`${t.key} ~ '^[a-z0-9_-]{1,40}$'`),
  ],
);

export const badgeAwards = pgTable(
  "badge_awards",
  {
    badgeId: uuid()
      .notNull()
      .references(() => badges.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    awardedAt: createdAt(),
    /** What earned it (same convention as point_awards.source_key). */
    sourceKey: text().notNull().default(""),
  },
  (t) => [
    primaryKey({ name: "badge_awards_pk", columns: [t.badgeId, t.enrollmentId] }),
    index("badge_awards_enrollment_idx").on(t.enrollmentId, t.awardedAt),
  ],
);

/**
 * A tier of the program (Bronze, Silver, Gold…). `key` is what enrollments.tier_key holds and
 * what commission rules' tier bonuses name; `rateBonusBps` is the tier's own bonus the
 * commission engine applies when a rule names none for the key. A partner qualifies with at
 * least `minPoints` points earned over the program's tier window (and the required course,
 * if any); below it they keep the tier through the grace period.
 */
export const tiers = pgTable(
  "tiers",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    key: text().notNull(),
    name: text().notNull(),
    minPoints: integer().notNull(),
    rateBonusBps: integer().notNull().default(0),
    /** What the tier gives, in the manager's words (shown to partners). */
    benefits: text().notNull().default(""),
    requiredCourseId: uuid().references((): AnyPgColumn => courses.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("tiers_program_key_uq").on(t.programId, t.key),
    index("tiers_required_course_idx").on(t.requiredCourseId),
    check("tiers_key_ck", sql`${t.key} ~ '^[a-z0-9_-]{1,40}$'`),
    check("tiers_min_points_ck", sql`${t.minPoints} >= 0`),
    check("tiers_bonus_ck", sql`${t.rateBonusBps} between 0 and 10000`),
  ],
);

/** Every tier change of a partner, with why (qualified, grace ended, manager). */
export const tierChanges = pgTable(
  "tier_changes",
  {
    id: id(),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    fromKey: text(),
    toKey: text(),
    reason: text().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("tier_changes_enrollment_idx").on(t.enrollmentId, t.createdAt),
    index("tier_changes_actor_idx").on(t.actorId),
  ],
);
