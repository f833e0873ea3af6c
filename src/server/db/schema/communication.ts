import { sql } from "drizzle-orm";
import {
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
import { createdAt, id, updatedAt } from "./columns";
import { emails } from "./email";
import { enrollments, programs } from "./programs";

export const suppressionReason = pgEnum("suppression_reason", [
  "hard_bounce",
  "complaint",
  "manual",
]);

/** Addresses nothing is ever sent to again (hard bounces and complaints, or by hand). */
export const emailSuppressions = pgTable("email_suppressions", {
  /** Lower-case. */
  email: text().primaryKey(),
  reason: suppressionReason().notNull(),
  /** Where it came from, e.g. the provider's event id. */
  source: text().notNull().default(""),
  createdAt: createdAt(),
});

export const digestFrequency = pgEnum("digest_frequency", ["weekly", "monthly", "off"]);
export const subscriberStatus = pgEnum("subscriber_status", [
  "pending",
  "confirmed",
  "unsubscribed",
]);

/**
 * Someone who asked for a program's news without being a partner (or before becoming one).
 * Nothing but the confirmation is sent until `confirmedAt`; the confirmation token is stored
 * hashed, single-use and expiring.
 */
export const subscribers = pgTable(
  "subscribers",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    /** Lower-case. */
    email: text().notNull(),
    name: text().notNull().default(""),
    locale: text().notNull().default("en"),
    /** IANA zone digests are timed in. */
    timeZone: text().notNull().default("UTC"),
    status: subscriberStatus().notNull().default("pending"),
    /** Topics they want (e.g. "news", "contests", "webinars", "courses"); empty: all. */
    topics: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    frequency: digestFrequency().notNull().default("weekly"),
    confirmTokenHash: text(),
    confirmExpiresAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    confirmedAt: timestamp({ withTimezone: true }),
    unsubscribedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique("subscribers_program_email_uq").on(t.programId, t.email),
    index("subscribers_program_status_idx").on(t.programId, t.status),
    index("subscribers_confirm_token_idx").on(t.confirmTokenHash),
  ],
);

/** When and how consent was given or withdrawn: never updated, never deleted with the row. */
export const consentRecords = pgTable(
  "consent_records",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    email: text().notNull(),
    /** subscribe_requested, confirmed, preferences_changed, unsubscribed, resubscribed */
    action: text().notNull(),
    /** form, confirmation_link, one_click, preference_center, portal, manager */
    method: text().notNull(),
    /** What they agreed to (topics, frequency, the form's wording version). */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Keyed hash of the address, as for clicks: the address itself is not stored. */
    ipHash: text(),
    userAgent: text(),
    createdAt: createdAt(),
  },
  (t) => [index("consent_records_program_email_idx").on(t.programId, t.email, t.createdAt)],
);

/** A partner's email choices in one program (no row: the defaults). */
export const partnerEmailPreferences = pgTable("partner_email_preferences", {
  enrollmentId: uuid()
    .primaryKey()
    .references(() => enrollments.id, { onDelete: "cascade" }),
  newsletters: boolean().notNull().default(true),
  announcements: boolean().notNull().default(true),
  digest: digestFrequency().notNull().default("weekly"),
  updatedAt: updatedAt(),
});

export const newsletterStatus = pgEnum("newsletter_status", [
  "draft",
  "scheduled",
  "sending",
  "sent",
  "cancelled",
]);

export type NewsletterAudience = {
  /** The program's active partners (optionally only these tiers). */
  partners: boolean;
  tierKeys: string[];
  /** Confirmed subscribers (optionally only those wanting this topic). */
  subscribers: boolean;
  topic?: string;
};

export const newsletters = pgTable(
  "newsletters",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    subject: text().notNull(),
    /** Markdown, rendered by the newsletter template. */
    body: text().notNull(),
    audience: jsonb().$type<NewsletterAudience>().notNull(),
    status: newsletterStatus().notNull().default("draft"),
    scheduledAt: timestamp({ withTimezone: true }),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("newsletters_program_idx").on(t.programId, t.createdAt),
    index("newsletters_due_idx")
      .on(t.scheduledAt)
      .where(sql`${t.status} in ('scheduled', 'sending')`),
    index("newsletters_created_by_idx").on(t.createdById),
    check("newsletters_subject_ck", sql`length(${t.subject}) between 1 and 200`),
  ],
);

export const recipientStatus = pgEnum("recipient_status", [
  "pending",
  "sent",
  "failed",
  "suppressed",
]);

/**
 * One row per recipient of a newsletter, written once when sending starts; batches claim
 * pending rows and mark them in the transaction that hands the messages over, so a send
 * resumed after a crash neither repeats nor skips anyone.
 */
export const newsletterRecipients = pgTable(
  "newsletter_recipients",
  {
    newsletterId: uuid()
      .notNull()
      .references(() => newsletters.id, { onDelete: "cascade" }),
    /** Lower-case. */
    email: text().notNull(),
    enrollmentId: uuid().references(() => enrollments.id, { onDelete: "set null" }),
    subscriberId: uuid().references(() => subscribers.id, { onDelete: "set null" }),
    locale: text().notNull(),
    status: recipientStatus().notNull().default("pending"),
    emailId: uuid().references(() => emails.id, { onDelete: "set null" }),
    attempts: integer().notNull().default(0),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: "newsletter_recipients_pk", columns: [t.newsletterId, t.email] }),
    index("newsletter_recipients_pending_idx")
      .on(t.newsletterId)
      .where(sql`${t.status} = 'pending'`),
    index("newsletter_recipients_email_idx").on(t.emailId),
    index("newsletter_recipients_enrollment_idx").on(t.enrollmentId),
    index("newsletter_recipients_subscriber_idx").on(t.subscriberId),
  ],
);

/** A digest sent for one period to one recipient: one row each, so a rerun sends nothing. */
export const digestSends = pgTable(
  "digest_sends",
  {
    /** "partner:<enrollmentId>" or "subscriber:<subscriberId>". */
    recipientKey: text().notNull(),
    /** "2026-W48" or "2026-11". */
    period: text().notNull(),
    emailId: uuid().references(() => emails.id, { onDelete: "set null" }),
    /** False when there was nothing to say (recorded so it is not reconsidered). */
    sent: boolean().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "digest_sends_pk", columns: [t.recipientKey, t.period] }),
    index("digest_sends_email_idx").on(t.emailId),
  ],
);

export const announcementKind = pgEnum("announcement_kind", [
  "news",
  "commission_changed",
  "cookie_window_changed",
  "terms_changed",
  "creatives_changed",
]);

/** Program news in the portal; automatic ones are written when the program changes. */
export const announcements = pgTable(
  "announcements",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    kind: announcementKind().notNull(),
    title: text().notNull(),
    /** Markdown. */
    body: text().notNull().default(""),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    /** When its emails were queued (null: not yet, or not emailed). */
    emailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("announcements_program_idx").on(t.programId, t.createdAt),
    index("announcements_created_by_idx").on(t.createdById),
  ],
);

/** Fixed-window counters for public forms (subscribe), shared by every web process. */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [primaryKey({ name: "rate_limit_hits_pk", columns: [t.key, t.windowStart] })],
);
