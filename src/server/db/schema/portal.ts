import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./columns";
import { enrollments, programs } from "./programs";

export const creativeKind = pgEnum("creative_kind", [
  "banner",
  "logo",
  "email_template",
  "ad_copy",
  "social_post",
  "video",
  "document",
]);

/**
 * An item of a program's creative library. File creatives keep their bytes in the storage
 * (src/server/storage) under `storageKey`; text creatives (ad copy, social posts, email
 * templates) keep `body`; videos are links (`videoUrl`). The type and dimensions were read
 * from the content at upload, never from the file name.
 */
export const creatives = pgTable(
  "creatives",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    kind: creativeKind().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    /** Language of the creative's text (en, pl, ru, …); null when it has none. */
    language: text(),
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    storageKey: text(),
    fileName: text(),
    mimeType: text(),
    byteSize: integer(),
    width: integer(),
    height: integer(),
    thumbnailKey: text(),
    body: text(),
    videoUrl: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    archivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("creatives_program_created_idx").on(t.programId, t.createdAt),
    index("creatives_created_by_idx").on(t.createdById),
  ],
);

/** An in-portal notice for one user (new creatives now; announcements and more later). */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    programId: uuid().references(() => programs.id, { onDelete: "cascade" }),
    /** What happened, e.g. "creative.created"; the portal translates it. */
    kind: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_program_idx").on(t.programId),
  ],
);

/** A manager's private note about a partner: never shown to the partner. */
export const partnerNotes = pgTable(
  "partner_notes",
  {
    id: id(),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("partner_notes_enrollment_idx").on(t.enrollmentId, t.createdAt),
    index("partner_notes_author_idx").on(t.authorId),
    check("partner_notes_body_ck", sql`length(${t.body}) between 1 and 5000`),
  ],
);

/**
 * Daily aggregates per partner and sub-id (the click's own sub-id, else its link's), kept
 * by the same writers as the other rollups so the dashboard's sub-id breakdown never scans
 * raw events. Traffic without a sub-id is not kept here (the per-link rollups count it).
 */
export const statsSubIdDaily = pgTable(
  "stats_subid_daily",
  {
    programId: uuid().notNull(),
    enrollmentId: uuid().notNull(),
    subId: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    clicks: integer().notNull().default(0),
    uniqueClicks: integer().notNull().default(0),
    /** Sales, leads, installs and actions. */
    conversions: integer().notNull().default(0),
    revenue: bigint({ mode: "bigint" })
      .notNull()
      .default(sql`0`),
    commission: bigint({ mode: "bigint" })
      .notNull()
      .default(sql`0`),
  },
  (t) => [
    unique("stats_subid_daily_key_uq").on(t.programId, t.enrollmentId, t.subId, t.day),
    index("stats_subid_daily_partner_idx").on(t.enrollmentId, t.day),
  ],
);
