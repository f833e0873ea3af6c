import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { emails, emailSuppressions } from "~/server/db/schema";
import type { RenderedEmail } from "./render";
import type { ProviderMail } from "./resend";

export type EmailStatus = (typeof emails.$inferSelect)["status"];
export type EmailRow = typeof emails.$inferSelect;

/**
 * While a row waits for the provider's answer it is "failed" with this note: if the process
 * dies before the answer, the row stays failed and a retry with the same key sends again
 * (the provider's own idempotency key then prevents a second delivery).
 */
export const AWAITING_PROVIDER = "awaiting the provider's answer";

/** The addresses among these that nothing may be sent to (compared lower-case). */
export async function suppressedAmong(db: Executor, addresses: string[]): Promise<Set<string>> {
  const lower = [...new Set(addresses.map((address) => address.toLowerCase()))];
  if (lower.length === 0) return new Set();
  const rows = await db
    .select({ email: emailSuppressions.email })
    .from(emailSuppressions)
    .where(inArray(emailSuppressions.email, lower));
  return new Set(rows.map((row) => row.email));
}

export async function rowsByKeys(db: Executor, keys: string[]): Promise<Map<string, EmailRow>> {
  if (keys.length === 0) return new Map();
  const rows = await db.select().from(emails).where(inArray(emails.idempotencyKey, keys));
  return new Map(rows.map((row) => [row.idempotencyKey ?? "", row]));
}

export function providerMailOf(row: EmailRow): ProviderMail {
  return { to: row.to, subject: row.subject, html: row.html, text: row.text, headers: row.headers };
}

export async function markSent(db: Executor, sent: { id: string; providerId: string }[]) {
  if (sent.length === 0) return;
  // One statement for the whole batch: the pairs travel as a single JSON parameter.
  await db.execute(sql`
    update emails set status = 'sent', provider_id = v.provider_id, error = null
    from jsonb_to_recordset(${JSON.stringify(sent.map((s) => ({ id: s.id, provider_id: s.providerId })))}::jsonb)
      as v(id uuid, provider_id text)
    where emails.id = v.id`);
}

export async function markFailed(db: Executor, ids: string[], error: string) {
  if (ids.length === 0) return;
  await db.update(emails).set({ status: "failed", error }).where(inArray(emails.id, ids));
}

export async function markSuppressed(db: Executor, id: string) {
  await db.update(emails).set({ status: "suppressed", error: null }).where(eq(emails.id, id));
}

/** Inserts the records; rows whose idempotency key is already taken are left out. */
export async function insertRows(
  db: Executor,
  items: { rendered: RenderedEmail; status: EmailStatus; key: string | null }[],
): Promise<EmailRow[]> {
  if (items.length === 0) return [];
  return db
    .insert(emails)
    .values(
      items.map(({ rendered, status, key }) => ({
        to: rendered.to,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        template: rendered.template,
        locale: rendered.locale,
        category: rendered.category,
        headers: rendered.headers,
        status,
        idempotencyKey: key,
        error: status === "failed" ? AWAITING_PROVIDER : null,
      })),
    )
    .onConflictDoNothing({ target: emails.idempotencyKey })
    .returning();
}
