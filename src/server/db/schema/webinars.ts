import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
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

export const webinarReminderKind = pgEnum("webinar_reminder_kind", [
  "confirmation",
  "day_before",
  "hour_before",
  "recording",
]);

/** A scheduled webinar; `startsAt` is an instant, `timeZone` how the manager stated it. */
export const webinars = pgTable(
  "webinars",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    /** IANA zone, e.g. Europe/Warsaw. */
    timeZone: text().notNull(),
    durationMinutes: integer().notNull(),
    joinUrl: text().notNull(),
    /** Null: no limit. */
    capacity: integer(),
    /** Tier keys invited; empty: every approved partner. */
    audienceTierKeys: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    recordingUrl: text(),
    cancelledAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("webinars_program_starts_idx").on(t.programId, t.startsAt),
    index("webinars_starts_idx").on(t.startsAt),
    index("webinars_created_by_idx").on(t.createdById),
    check("webinars_duration_ck", sql`${t.durationMinutes} between 5 and 1440`),
    check("webinars_capacity_ck", sql`${t.capacity} is null or ${t.capacity} >= 1`),
    check("webinars_title_ck", sql`length(${t.title}) between 1 and 200`),
  ],
);

export const webinarRegistrations = pgTable(
  "webinar_registrations",
  {
    webinarId: uuid()
      .notNull()
      .references(() => webinars.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    registeredAt: createdAt(),
    attendedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: "webinar_registrations_pk", columns: [t.webinarId, t.enrollmentId] }),
    index("webinar_registrations_enrollment_idx").on(t.enrollmentId),
  ],
);

/**
 * Messages sent about a registration, one row per kind: written in the same transaction as
 * the email, so a job that runs again after a crash finds the row and sends nothing.
 */
export const webinarReminders = pgTable(
  "webinar_reminders",
  {
    webinarId: uuid()
      .notNull()
      .references(() => webinars.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    kind: webinarReminderKind().notNull(),
    sentAt: createdAt(),
  },
  (t) => [
    primaryKey({
      name: "webinar_reminders_pk",
      columns: [t.webinarId, t.enrollmentId, t.kind],
    }),
    index("webinar_reminders_enrollment_idx").on(t.enrollmentId),
  ],
);

/** A question asked before the webinar; partners upvote each other's. */
export const webinarQuestions = pgTable(
  "webinar_questions",
  {
    id: id(),
    webinarId: uuid()
      .notNull()
      .references(() => webinars.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    body: text().notNull(),
    hiddenAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("webinar_questions_webinar_idx").on(t.webinarId, t.createdAt),
    index("webinar_questions_enrollment_idx").on(t.enrollmentId),
    check("webinar_questions_body_ck", sql`length(${t.body}) between 1 and 1000`),
  ],
);

export const webinarQuestionVotes = pgTable(
  "webinar_question_votes",
  {
    questionId: uuid()
      .notNull()
      .references(() => webinarQuestions.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "webinar_question_votes_pk", columns: [t.questionId, t.enrollmentId] }),
    index("webinar_question_votes_enrollment_idx").on(t.enrollmentId),
  ],
);
