import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";
import { conversions, refunds } from "./conversions";
import { enrollments, programs } from "./programs";

export const commissionEvent = pgEnum("commission_event", [
  "sale",
  "lead",
  "install",
  "action",
  "click",
  "impression",
]);
/** percent: basis points of the sale amount; flat: an amount per event (per 1,000 for impressions). */
export const commissionBasis = pgEnum("commission_basis", ["percent", "flat"]);

export type RuleConditions = {
  actionKey?: string;
  /** Matched against the conversion's metadata.category. */
  category?: string;
  minAmount?: number;
  purchase?: "first" | "repeat";
  countries?: string[];
};

export const commissionRules = pgTable(
  "commission_rules",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    name: text().notNull(),
    event: commissionEvent().notNull(),
    basis: commissionBasis().notNull(),
    rateBps: integer(),
    amount: bigint({ mode: "bigint" }),
    conditions: jsonb().$type<RuleConditions>().notNull().default({}),
    /** Extra basis points by partner tier key, e.g. {"gold": 200}. */
    tierBonusBps: jsonb().$type<Record<string, number>>().notNull().default({}),
    /** Most a single commission of this rule may pay, minor units. */
    cap: bigint({ mode: "bigint" }),
    /** Higher wins when several rules match. */
    priority: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("commission_rules_program_idx").on(t.programId, t.event),
    check(
      "commission_rules_basis_ck",
      sql`(${t.basis} = 'percent' and ${t.rateBps} between 0 and 10000 and ${t.event} = 'sale')
        or (${t.basis} = 'flat' and ${t.amount} >= 0)`,
    ),
    check("commission_rules_cap_ck", sql`${t.cap} is null or ${t.cap} >= 0`),
  ],
);

export const ledgerKind = pgEnum("ledger_kind", ["commission", "override", "reversal", "clawback"]);
export const ledgerStatus = pgEnum("ledger_status", ["pending", "approved", "paid"]);
export const trafficEvent = pgEnum("traffic_event", ["click", "impression"]);

/**
 * The ledger: one row per amount owed to a partner, never edited or deleted (a trigger refuses
 * it). A reversal or clawback is a new negative row pointing at the row it corrects. Only the
 * status (pending → approved → paid) and the payout a row joined may change, and every change
 * is recorded in ledger_events by a trigger.
 */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "restrict" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "restrict" }),
    kind: ledgerKind().notNull(),
    /** 0 for the partner's own commission, n for an override from n levels below. */
    level: smallint().notNull().default(0),
    amount: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    status: ledgerStatus().notNull(),
    /** Not approved before this moment (the program's hold period). */
    holdUntil: timestamp({ withTimezone: true }).notNull(),
    conversionId: uuid().references(() => conversions.id, { onDelete: "restrict" }),
    refundId: uuid().references(() => refunds.id, { onDelete: "restrict" }),
    /** The entry a reversal or clawback corrects. */
    correctsId: uuid(),
    /** CPC and CPV are settled per partner and UTC day from the rollups. */
    trafficEvent: trafficEvent(),
    trafficDay: date({ mode: "string" }),
    ruleId: uuid().references(() => commissionRules.id, { onDelete: "set null" }),
    payoutId: uuid(),
    reason: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    index("ledger_enrollment_idx").on(t.enrollmentId, t.status),
    index("ledger_program_status_idx").on(t.programId, t.status, t.holdUntil),
    index("ledger_conversion_idx").on(t.conversionId),
    index("ledger_refund_idx").on(t.refundId),
    index("ledger_corrects_idx").on(t.correctsId),
    index("ledger_rule_idx").on(t.ruleId),
    index("ledger_payout_idx").on(t.payoutId),
    // One commission per beneficiary and level per conversion, whatever races happen.
    uniqueIndex("ledger_conversion_commission_uq")
      .on(t.conversionId, t.enrollmentId, t.level)
      .where(sql`${t.kind} in ('commission', 'override')`),
    uniqueIndex("ledger_traffic_uq")
      .on(t.enrollmentId, t.trafficEvent, t.trafficDay)
      .where(sql`${t.trafficDay} is not null`),
    uniqueIndex("ledger_correction_uq")
      .on(t.refundId, t.correctsId)
      .where(sql`${t.refundId} is not null`),
    check("ledger_amount_ck", sql`${t.amount} <> 0`),
    check(
      "ledger_sign_ck",
      sql`(${t.kind} in ('commission', 'override') and ${t.amount} > 0)
        or (${t.kind} in ('reversal', 'clawback') and ${t.amount} < 0 and ${t.correctsId} is not null)`,
    ),
  ],
);

/** Every status change of a ledger entry, written by the database itself. */
export const ledgerEvents = pgTable(
  "ledger_events",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    entryId: uuid()
      .notNull()
      .references(() => ledgerEntries.id, { onDelete: "restrict" }),
    fromStatus: ledgerStatus(),
    toStatus: ledgerStatus().notNull(),
    at: createdAt(),
  },
  (t) => [index("ledger_events_entry_idx").on(t.entryId)],
);

export const payoutMethod = pgEnum("payout_method", ["iban", "paypal"]);
export const payoutStatus = pgEnum("payout_status", ["requested", "paid", "cancelled"]);

/** How a person wants to be paid; one set per person, used by all their programs. */
export const payoutDetails = pgTable("payout_details", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  method: payoutMethod().notNull(),
  accountHolder: text().notNull(),
  /** Normalised: upper-case, no spaces, checksum verified. */
  iban: text(),
  paypalEmail: text(),
  updatedAt: updatedAt(),
  /**
   * When the destination last changed from one account to another (null: never, only first
   * set). Payout requests wait the program's cooling period after it, batches hold them.
   */
  changedAt: timestamp({ withTimezone: true }),
});

export const payoutBatches = pgTable(
  "payout_batches",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("payout_batches_program_idx").on(t.programId, t.createdAt),
    index("payout_batches_created_by_idx").on(t.createdBy),
  ],
);

export const payouts = pgTable(
  "payouts",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "restrict" }),
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: "restrict" }),
    amount: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    status: payoutStatus().notNull().default("requested"),
    method: payoutMethod().notNull(),
    /** The payout details as they were when requested. */
    details: jsonb().$type<Record<string, string>>().notNull(),
    batchId: uuid().references(() => payoutBatches.id, { onDelete: "set null" }),
    reference: text(),
    requestedAt: createdAt(),
    paidAt: timestamp({ withTimezone: true }),
    paidBy: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("payouts_program_status_idx").on(t.programId, t.status, t.requestedAt),
    index("payouts_enrollment_idx").on(t.enrollmentId, t.requestedAt),
    index("payouts_batch_idx").on(t.batchId),
    index("payouts_paid_by_idx").on(t.paidBy),
    // One open request per partner and program: a double click cannot pay twice.
    uniqueIndex("payouts_open_request_uq")
      .on(t.enrollmentId)
      .where(sql`${t.status} = 'requested'`),
    check("payouts_amount_ck", sql`${t.amount} > 0`),
  ],
);
