import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  char,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";

export const approvalMode = pgEnum("approval_mode", ["auto", "manual"]);
export const memberRole = pgEnum("member_role", ["manager"]);
export const enrollmentStatus = pgEnum("enrollment_status", [
  "applied",
  "approved",
  "rejected",
  "suspended",
  /** Approved, but a course the program requires is not completed yet: not active. */
  "training",
]);

export const programs = pgTable(
  "programs",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    currency: char({ length: 3 }).notNull(),
    cookieWindowDays: integer().notNull(),
    holdPeriodDays: integer().notNull(),
    allowedDomains: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * Hosts (exact names) that images in lessons, announcements and newsletters may load from,
     * besides the program's own files on the app's origin; images from anywhere else are dropped.
     */
    allowedImageHosts: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    approvalMode: approvalMode().notNull().default("manual"),
    /** Version partners must have accepted; 0 until the first terms are published. */
    currentTermsVersion: integer().notNull().default(0),
    /** Smallest payout a partner may request, minor units. */
    payoutThreshold: bigint({ mode: "bigint" })
      .notNull()
      .default(sql`5000`),
    /** Days a partner waits to request a payout after changing their payout details. */
    payoutCoolingDays: integer().notNull().default(3),
    /** Multi-level overrides: basis points of the recruit's sale commission, level 1 first. */
    overrideBps: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    /** When set, conversion API calls without a valid Rally-Signature are refused. */
    requireSignature: boolean().notNull().default(false),
    /** A sale sooner than this after its click is flagged for review. */
    minClickToSaleSeconds: integer().notNull().default(10),
    /** More clicks than this from one source within 10 minutes is a burst. */
    clickBurstLimit: integer().notNull().default(20),
    /** Tiers are earned by points over this many days. */
    tierWindowDays: integer().notNull().default(90),
    /** Days a partner keeps a tier after falling below it, before the downgrade. */
    tierGraceDays: integer().notNull().default(30),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("programs_slug_uq").on(t.slug),
    index("programs_created_by_idx").on(t.createdBy),
    check("programs_currency_ck", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("programs_cookie_window_ck", sql`${t.cookieWindowDays} between 1 and 365`),
    check("programs_hold_period_ck", sql`${t.holdPeriodDays} between 0 and 365`),
    check("programs_terms_version_ck", sql`${t.currentTermsVersion} >= 0`),
    check("programs_payout_threshold_ck", sql`${t.payoutThreshold} >= 0`),
    check("programs_payout_cooling_ck", sql`${t.payoutCoolingDays} between 0 and 30`),
    check("programs_override_depth_ck", sql`cardinality(${t.overrideBps}) <= 5`),
    check("programs_tier_window_ck", sql`${t.tierWindowDays} between 7 and 730`),
    check("programs_tier_grace_ck", sql`${t.tierGraceDays} between 0 and 365`),
  ],
);

/** Terms are versioned: a row per published version, never edited. */
export const programTerms = pgTable(
  "program_terms",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    body: text().notNull(),
    publishedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    publishedAt: createdAt(),
  },
  (t) => [
    unique("program_terms_version_uq").on(t.programId, t.version),
    index("program_terms_published_by_idx").on(t.publishedBy),
    check("program_terms_version_ck", sql`${t.version} >= 1`),
  ],
);

export const programMembers = pgTable(
  "program_members",
  {
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole().notNull().default("manager"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "program_members_pk", columns: [t.programId, t.userId] }),
    index("program_members_user_idx").on(t.userId),
  ],
);

/** A partner in a program. */
export const enrollments = pgTable(
  "enrollments",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    partnerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: enrollmentStatus().notNull().default("applied"),
    acceptedTermsVersion: integer().notNull(),
    /** What the partner told the manager when applying (audience, channels). */
    pitch: text().notNull().default(""),
    appliedAt: createdAt(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Partners recruit partners with this code in their referral link. */
    referralCode: text()
      .notNull()
      .default(sql`substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)`),
    /** The partner who recruited this one, in the same program. */
    referredById: uuid().references((): AnyPgColumn => enrollments.id, { onDelete: "set null" }),
    /** Tier key (e.g. "gold") that commission rules may give a bonus to. */
    tierKey: text(),
    /** Below the tier's threshold since…: the downgrade waits until this instant. */
    tierGraceUntil: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique("enrollments_program_partner_uq").on(t.programId, t.partnerId),
    index("enrollments_partner_idx").on(t.partnerId),
    index("enrollments_program_status_idx").on(t.programId, t.status, t.appliedAt),
    index("enrollments_decided_by_idx").on(t.decidedBy),
    uniqueIndex("enrollments_referral_code_uq").on(t.referralCode),
    index("enrollments_referred_by_idx").on(t.referredById),
  ],
);
