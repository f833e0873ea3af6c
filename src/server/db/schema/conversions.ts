import { sql } from "drizzle-orm";
import {
  bigint,
  char,
  check,
  index,
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
import { promoCodes } from "./tracking";

export const conversionType = pgEnum("conversion_type", ["sale", "lead", "install", "action"]);
export const attributionSource = pgEnum("attribution_source", ["promo_code", "click", "none"]);
/** Fraud review: flagged conversions keep their commissions on hold until a manager decides. */
export const reviewStatus = pgEnum("review_status", ["none", "flagged", "cleared", "rejected"]);

export const conversions = pgTable(
  "conversions",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    type: conversionType().notNull(),
    actionKey: text(),
    /** The merchant's order or event id: the idempotency key with program and type. */
    externalId: text().notNull(),
    /** Sale amount in minor units of `currency`; null for other types unless given. */
    amount: bigint({ mode: "bigint" }),
    currency: char({ length: 3 }).notNull(),
    enrollmentId: uuid().references(() => enrollments.id, { onDelete: "set null" }),
    attribution: attributionSource().notNull(),
    clickId: text(),
    promoCodeId: uuid().references(() => promoCodes.id, { onDelete: "set null" }),
    /** Keyed hash of the customer's email or id; never the value itself. */
    customerHash: text(),
    country: char({ length: 2 }),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    metadata: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Hash of the request's meaningful fields: the same id with other data is a conflict. */
    requestHash: text().notNull(),
    fraudFlags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    reviewStatus: reviewStatus().notNull().default("none"),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("conversions_idempotency_uq").on(t.programId, t.type, t.externalId),
    index("conversions_program_time_idx").on(t.programId, t.occurredAt),
    index("conversions_enrollment_time_idx").on(t.enrollmentId, t.occurredAt),
    index("conversions_promo_code_idx").on(t.promoCodeId),
    index("conversions_review_idx")
      .on(t.programId, t.createdAt)
      .where(sql`${t.reviewStatus} = 'flagged'`),
    index("conversions_customer_idx").on(t.programId, t.customerHash),
    index("conversions_reviewed_by_idx").on(t.reviewedBy),
    check("conversions_amount_ck", sql`${t.amount} is null or ${t.amount} >= 0`),
    check("conversions_sale_amount_ck", sql`${t.type} <> 'sale' or ${t.amount} is not null`),
    check("conversions_action_key_ck", sql`${t.type} <> 'action' or ${t.actionKey} is not null`),
  ],
);

/** A refund of part or all of a sale; idempotent by the merchant's refund id. */
export const refunds = pgTable(
  "refunds",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    conversionId: uuid()
      .notNull()
      .references(() => conversions.id, { onDelete: "cascade" }),
    externalId: text().notNull(),
    amount: bigint({ mode: "bigint" }).notNull(),
    requestHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("refunds_idempotency_uq").on(t.programId, t.externalId),
    index("refunds_conversion_idx").on(t.conversionId),
    check("refunds_amount_ck", sql`${t.amount} > 0`),
  ],
);

/** A program's server-to-server API key; only its SHA-256 is kept, the key is shown once. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** The first characters, shown in lists so a key can be recognised. */
    prefix: text().notNull(),
    keyHash: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique("api_keys_hash_uq").on(t.keyHash),
    index("api_keys_program_idx").on(t.programId),
    index("api_keys_created_by_idx").on(t.createdBy),
  ],
);

/**
 * HMAC secrets for request signing. The secret must be readable to verify a signature, so it
 * is kept as is (like any webhook secret). During rotation the old one stays valid until
 * `expiresAt`, so two are active at once.
 */
export const signingSecrets = pgTable(
  "signing_secrets",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    secret: text().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("signing_secrets_program_idx").on(t.programId)],
);
