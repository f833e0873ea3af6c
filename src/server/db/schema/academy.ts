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
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";
import { badges } from "./gamification";
import { creatives } from "./portal";
import { enrollments, programs } from "./programs";

export const courseStatus = pgEnum("course_status", ["draft", "published", "archived"]);
export const lessonKind = pgEnum("lesson_kind", ["lesson", "quiz"]);
export const quizQuestionKind = pgEnum("quiz_question_kind", ["single", "multiple"]);

/**
 * A course of the program's academy. Partners see published courses only. A course may be
 * required before an approved partner becomes active (enrollment status "training" until
 * done); tiers may require one too (tiers.required_course_id).
 */
export const courses = pgTable(
  "courses",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    title: text().notNull(),
    summary: text().notNull().default(""),
    status: courseStatus().notNull().default("draft"),
    /** Order in the catalogue, ascending. */
    position: integer().notNull().default(0),
    requiredForActivation: boolean().notNull().default(false),
    /** The badge a partner earns on completing the course. */
    badgeId: uuid().references((): AnyPgColumn => badges.id, { onDelete: "set null" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("courses_program_idx").on(t.programId, t.status, t.position),
    index("courses_badge_idx").on(t.badgeId),
    index("courses_created_by_idx").on(t.createdById),
    check("courses_title_ck", sql`length(${t.title}) between 1 and 200`),
  ],
);

/**
 * A step of a course: a lesson (markdown body, optional video from an allowlisted host) or
 * a quiz (questions below; pass mark in percent; attempts limited or not).
 */
export const lessons = pgTable(
  "lessons",
  {
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    kind: lessonKind().notNull().default("lesson"),
    position: integer().notNull(),
    title: text().notNull(),
    /** Markdown, rendered sanitized. */
    body: text().notNull().default(""),
    videoUrl: text(),
    passMarkPercent: integer(),
    /** Null: unlimited attempts. */
    maxAttempts: integer(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("lessons_course_idx").on(t.courseId, t.position),
    check(
      "lessons_pass_mark_ck",
      sql`${t.passMarkPercent} is null or ${t.passMarkPercent} between 1 and 100`,
    ),
    check("lessons_attempts_ck", sql`${t.maxAttempts} is null or ${t.maxAttempts} >= 1`),
  ],
);

/** Creatives from the library attached to a lesson (downloads beside the text). */
export const lessonAttachments = pgTable(
  "lesson_attachments",
  {
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    creativeId: uuid()
      .notNull()
      .references(() => creatives.id, { onDelete: "cascade" }),
    position: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ name: "lesson_attachments_pk", columns: [t.lessonId, t.creativeId] }),
    index("lesson_attachments_creative_idx").on(t.creativeId),
  ],
);

export type QuizOption = { id: string; label: string; correct: boolean };

/** A question of a quiz lesson. Options carry their own ids so answers survive reordering. */
export const quizQuestions = pgTable(
  "quiz_questions",
  {
    id: id(),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    kind: quizQuestionKind().notNull(),
    prompt: text().notNull(),
    options: jsonb().$type<QuizOption[]>().notNull(),
    /** Shown after an attempt: why the right answer is right. */
    explanation: text().notNull().default(""),
  },
  (t) => [index("quiz_questions_lesson_idx").on(t.lessonId, t.position)],
);

/** A partner's progress through a course; one row from the first lesson opened. */
export const courseProgress = pgTable(
  "course_progress",
  {
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    startedAt: createdAt(),
    /** Where the partner resumes. */
    lastLessonId: uuid().references(() => lessons.id, { onDelete: "set null" }),
    completedAt: timestamp({ withTimezone: true }),
    /** Public code of the certificate's verification link; set on completion. */
    certificateCode: text(),
  },
  (t) => [
    primaryKey({ name: "course_progress_pk", columns: [t.courseId, t.enrollmentId] }),
    index("course_progress_enrollment_idx").on(t.enrollmentId),
    index("course_progress_last_lesson_idx").on(t.lastLessonId),
    uniqueIndex("course_progress_certificate_uq").on(t.certificateCode),
  ],
);

/** A lesson (or passed quiz) a partner completed. */
export const lessonCompletions = pgTable(
  "lesson_completions",
  {
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    completedAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "lesson_completions_pk", columns: [t.lessonId, t.enrollmentId] }),
    index("lesson_completions_enrollment_idx").on(t.enrollmentId),
  ],
);

/** One attempt at a quiz: answers as option ids per question id, score in percent. */
export const quizAttempts = pgTable(
  "quiz_attempts",
  {
    id: id(),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    answers: jsonb().$type<Record<string, string[]>>().notNull(),
    scorePercent: integer().notNull(),
    passed: boolean().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("quiz_attempts_lesson_enrollment_idx").on(t.lessonId, t.enrollmentId, t.createdAt),
    index("quiz_attempts_enrollment_idx").on(t.enrollmentId),
    check("quiz_attempts_score_ck", sql`${t.scorePercent} between 0 and 100`),
  ],
);
