import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { creatives } from "./portal";
import { enrollments, programs } from "./programs";

/** A partner's tracking link: /r/{code} on the tracking domain redirects to `destination`. */
export const links = pgTable(
  "links",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    code: text().notNull(),
    destination: text().notNull(),
    label: text().notNull().default(""),
    /** The partner's own sub-id for this link (campaign, placement); a click may carry one too. */
    subId: text(),
    /** Set on the link a partner's embed snippet of this creative carries: per-creative stats. */
    creativeId: uuid().references((): AnyPgColumn => creatives.id, { onDelete: "set null" }),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("links_code_uq").on(t.code),
    uniqueIndex("links_enrollment_creative_uq").on(t.enrollmentId, t.creativeId),
    index("links_creative_idx").on(t.creativeId),
    index("links_enrollment_idx").on(t.enrollmentId, t.createdAt),
    index("links_program_idx").on(t.programId),
  ],
);

/** A promo code a manager assigned to one partner; stored upper-case, matched case-insensitively. */
export const promoCodes = pgTable(
  "promo_codes",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    code: text().notNull(),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("promo_codes_program_code_uq").on(t.programId, t.code),
    index("promo_codes_enrollment_idx").on(t.enrollmentId),
    check("promo_codes_code_ck", sql`${t.code} ~ '^[A-Z0-9_-]{3,32}$'`),
  ],
);

/*
 * Raw events. Clicks and impressions are the high-volume tables: their primary keys include
 * the event time so they can be partitioned by month (drop a partition to expire a month),
 * and they carry ids without foreign keys, which would cost every insert a lookup.
 * Dashboards never read them: they read the rollups below.
 */

export const clicks = pgTable(
  "clicks",
  {
    /** Public click id, appended to the destination and reported back by the merchant. */
    id: text().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    programId: uuid().notNull(),
    linkId: uuid().notNull(),
    enrollmentId: uuid().notNull(),
    /** False for a disabled link or a partner not in good standing: the visitor still got through. */
    billable: boolean().notNull(),
    /** First click of this visitor on this link within an hour. */
    isUnique: boolean().notNull(),
    /** Keyed hash of the IP address with a salt that rotates daily; the address itself is never stored. */
    ipHash: text().notNull(),
    country: char({ length: 2 }),
    subId: text(),
  },
  (t) => [
    primaryKey({ name: "clicks_pk", columns: [t.id, t.occurredAt] }),
    index("clicks_link_time_idx").on(t.linkId, t.occurredAt),
    index("clicks_source_time_idx").on(t.programId, t.ipHash, t.occurredAt),
  ],
);

export const impressions = pgTable(
  "impressions",
  {
    id: bigint({ mode: "bigint" }).generatedAlwaysAsIdentity().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    programId: uuid().notNull(),
    linkId: uuid().notNull(),
    enrollmentId: uuid().notNull(),
    /** The creative the pixel was embedded with, when known. */
    creativeId: uuid(),
    billable: boolean().notNull(),
    ipHash: text().notNull(),
    country: char({ length: 2 }),
  },
  (t) => [
    primaryKey({ name: "impressions_pk", columns: [t.id, t.occurredAt] }),
    index("impressions_link_time_idx").on(t.linkId, t.occurredAt),
  ],
);

/** Counters shared by the hourly and daily rollups. */
const counters = () => ({
  clicks: integer().notNull().default(0),
  uniqueClicks: integer().notNull().default(0),
  /** Unique clicks of billable links: what CPC pays for. */
  paidClicks: integer().notNull().default(0),
  impressions: integer().notNull().default(0),
  paidImpressions: integer().notNull().default(0),
  sales: integer().notNull().default(0),
  leads: integer().notNull().default(0),
  installs: integer().notNull().default(0),
  actions: integer().notNull().default(0),
  /** Sale amounts in the program's currency, minor units; refunds are counted separately. */
  revenue: bigint({ mode: "bigint" })
    .notNull()
    .default(sql`0`),
  refunded: bigint({ mode: "bigint" })
    .notNull()
    .default(sql`0`),
  /** Direct commissions earned (net of reversals), minor units. */
  commission: bigint({ mode: "bigint" })
    .notNull()
    .default(sql`0`),
});

/**
 * Hourly aggregates per program, partner and link, maintained in the same statement as the
 * events they count. A null partner is unattributed traffic; a null link is a promo-code sale.
 */
export const statsHourly = pgTable(
  "stats_hourly",
  {
    programId: uuid().notNull(),
    enrollmentId: uuid(),
    linkId: uuid(),
    hour: timestamp({ withTimezone: true }).notNull(),
    ...counters(),
  },
  (t) => [
    unique("stats_hourly_key_uq")
      .on(t.programId, t.enrollmentId, t.linkId, t.hour)
      .nullsNotDistinct(),
    index("stats_hourly_partner_idx").on(t.enrollmentId, t.hour),
  ],
);

/** Daily aggregates per program and partner (UTC days): rankings and long ranges read these. */
export const statsDaily = pgTable(
  "stats_daily",
  {
    programId: uuid().notNull(),
    enrollmentId: uuid(),
    day: date({ mode: "string" }).notNull(),
    ...counters(),
  },
  (t) => [
    unique("stats_daily_key_uq").on(t.programId, t.day, t.enrollmentId).nullsNotDistinct(),
    index("stats_daily_partner_idx").on(t.enrollmentId, t.day),
  ],
);

/**
 * Running totals per program, partner and UTC day: each row holds the partner's totals from
 * its first conversion through the end of `day`, so a ranking over any range reads two days
 * (the end of the range minus the day before it) instead of summing every day between. Dense:
 * from a partner's first row on there is a row for every day, through tomorrow (see
 * src/server/tracking/running-totals.ts for who keeps it so). Clicks are not kept here: the
 * redirect path must not pay for them; rankings by clicks sum stats_daily.
 */
export const statsRunning = pgTable(
  "stats_running",
  {
    programId: uuid().notNull(),
    enrollmentId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    sales: bigint({ mode: "bigint" }).notNull(),
    /** Sales, leads, installs and actions. */
    conversions: bigint({ mode: "bigint" }).notNull(),
    /** Sale amounts in minor units, gross of refunds, as stats_daily.revenue. */
    revenue: bigint({ mode: "bigint" }).notNull(),
    /** Direct commissions net of reversals, minor units. */
    commission: bigint({ mode: "bigint" }).notNull(),
  },
  (t) => [
    // Day before partner: a ranking reads two contiguous ranges of this index.
    primaryKey({ name: "stats_running_pk", columns: [t.programId, t.day, t.enrollmentId] }),
    // A partner's first and last rows, found by maintenance.
    index("stats_running_partner_idx").on(t.enrollmentId, t.day),
  ],
);

/**
 * The day through which the carry-forward has given every partner of a program a row
 * (inclusive). A ranking ending after it carries the program forward before reading.
 */
export const statsRunningCarried = pgTable("stats_running_carried", {
  programId: uuid().primaryKey(),
  through: date({ mode: "string" }).notNull(),
});
