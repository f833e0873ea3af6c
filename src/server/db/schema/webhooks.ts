import { sql } from "drizzle-orm";
import {
  check,
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
import { createdAt, id } from "./columns";
import { programs } from "./programs";

export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", [
  "pending",
  "succeeded",
  "failed",
]);

/**
 * A merchant's endpoint for outbound events. Requests are signed like the inbound API
 * (Rally-Signature: t=…,v1=HMAC-SHA256 of "t.body"), with this endpoint's own secret.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    url: text().notNull(),
    description: text().notNull().default(""),
    /** conversion.created, commission.approved, payout.paid */
    events: text().array().notNull(),
    secret: text().notNull(),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("webhook_endpoints_program_idx").on(t.programId),
    check("webhook_endpoints_events_ck", sql`cardinality(${t.events}) > 0`),
  ],
);

/** One event for one endpoint, retried with backoff by a job; the log managers read. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    event: text().notNull(),
    /** Stable id of the event (also sent to the receiver): one delivery per event and endpoint. */
    eventId: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    responseStatus: integer(),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("webhook_deliveries_event_uq").on(t.endpointId, t.eventId),
    index("webhook_deliveries_endpoint_created_idx").on(t.endpointId, t.createdAt),
    index("webhook_deliveries_program_created_idx").on(t.programId, t.createdAt),
    index("webhook_deliveries_program_status_idx").on(t.programId, t.status, t.createdAt),
    // The dispatcher's once-a-second scan for due deliveries.
    index("webhook_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`status = 'pending'`),
  ],
);
