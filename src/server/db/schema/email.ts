import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";

export const emailStatus = pgEnum("email_status", ["outbox", "sent", "failed", "suppressed"]);
export const emailCategory = pgEnum("email_category", ["transactional", "bulk"]);

/**
 * Every message Rally sends. Without RESEND_API_KEY this is the outbox that the dev mailbox
 * page and the tests read; with it, the row records what went out and the provider's id.
 */
export const emails = pgTable(
  "emails",
  {
    id: id(),
    to: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    template: text().notNull(),
    locale: text().notNull(),
    status: emailStatus().notNull(),
    category: emailCategory().notNull().default("transactional"),
    /** Names the message for the provider and for us: a retried job never sends it twice. */
    idempotencyKey: text(),
    /** Extra headers sent with it (List-Unsubscribe on bulk mail). */
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    providerId: text(),
    error: text(),
    createdAt: createdAt(),
    /** From the provider's webhooks. */
    deliveredAt: timestamp({ withTimezone: true }),
    bouncedAt: timestamp({ withTimezone: true }),
    complainedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("emails_created_idx").on(t.createdAt),
    index("emails_to_idx").on(t.to),
    uniqueIndex("emails_idempotency_key_uq").on(t.idempotencyKey),
    index("emails_provider_id_idx").on(t.providerId),
  ],
);
