import { index, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";

export const emailStatus = pgEnum("email_status", ["outbox", "sent", "failed"]);

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
    providerId: text(),
    error: text(),
    createdAt: createdAt(),
  },
  (t) => [index("emails_created_idx").on(t.createdAt), index("emails_to_idx").on(t.to)],
);
