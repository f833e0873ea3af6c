import type { EmailTemplate } from "@emails/registry";
import type { Executor } from "~/server/db/client";
import { countEmail } from "~/server/observability/counts";
import {
  insertRows,
  markFailed,
  markSent,
  markSuppressed,
  providerMailOf,
  rowsByKeys,
  suppressedAmong,
  type EmailRow,
  type EmailStatus,
} from "./records";
import type { ProviderMail } from "./provider";
import { renderEmail, type OutgoingEmail } from "./render";
import { emailTransport } from "./transport";

export type { AnyOutgoingEmail, EmailCategory, OutgoingEmail, UnsubscribeLinks } from "./render";
export type { EmailStatus } from "./records";
export { sendBulk, type BulkEmail, type BulkResult } from "./bulk";

/** `duplicate`: the idempotency key was already used, nothing was sent this time. */
export type SentEmail = { id: string; status: EmailStatus; duplicate: boolean };

/**
 * Renders a template and delivers it: through the configured provider (SMTP_URL or
 * RESEND_API_KEY, see transport.ts), otherwise into the local outbox (the dev mailbox page and
 * the tests read it). Every message is recorded in the emails table either way; a suppressed
 * address gets a "suppressed" row and nothing is sent.
 *
 * The row is written BEFORE the provider call: the unique idempotency key then makes
 * concurrent or repeated sends of one message collide in the database before anything leaves,
 * and a crash after the call leaves a "failed" row that a retry resends with the same key:
 * Resend answers it without delivering twice; over SMTP it becomes the same Message-ID, which
 * mail clients show once. (Written after, a crash between the call and the insert would leave
 * no trace and the retry would rely on the provider alone.) Called inside a transaction that
 * later rolls back, the row disappears and the retry is again covered by the provider's key.
 */
export async function sendEmail<T extends EmailTemplate>(
  db: Executor,
  message: OutgoingEmail<T>,
): Promise<SentEmail> {
  const key = message.idempotencyKey ?? null;
  if (key && message.storedProps) throw new Error("storedProps cannot be retried by key");
  const existing = key ? (await rowsByKeys(db, [key])).get(key) : undefined;
  if (existing && existing.status !== "failed")
    return { id: existing.id, status: existing.status, duplicate: true };

  const suppressed = (await suppressedAmong(db, [message.to])).size > 0;
  const transport = suppressed ? null : emailTransport();
  let row: EmailRow;
  let outgoing: ProviderMail;
  if (existing) {
    // A failed earlier attempt: resend exactly what was rendered then.
    if (suppressed) {
      await markSuppressed(db, existing.id);
      return { id: existing.id, status: "suppressed", duplicate: false };
    }
    row = existing;
    outgoing = providerMailOf(existing);
  } else {
    const rendered = await renderEmail(message);
    const stored = message.storedProps
      ? await renderEmail({ ...message, props: message.storedProps })
      : rendered;
    const status = suppressed ? "suppressed" : transport ? "failed" : "outbox";
    const [inserted] = await insertRows(db, [{ rendered: stored, status, key }]);
    if (!inserted) {
      // Another process claimed the key between our lookup and insert.
      const winner = (await rowsByKeys(db, [key ?? ""])).get(key ?? "");
      if (!winner) throw new Error(`the email with key ${key} vanished`);
      return { id: winner.id, status: winner.status, duplicate: true };
    }
    row = inserted;
    outgoing = { ...providerMailOf(row), html: rendered.html, text: rendered.text };
  }
  if (!transport) return { id: row.id, status: row.status, duplicate: false };

  const result = await transport.send(outgoing, key ? { idempotencyKey: key } : undefined);
  countEmail(result.ok ? "sent" : "failed", transport.name.toLowerCase());
  if (result.ok) {
    await markSent(db, [{ id: row.id, providerId: result.id }]);
    return { id: row.id, status: "sent", duplicate: false };
  }
  await markFailed(db, [row.id], result.error);
  // The change that caused the message is already committed: record and log a refusal
  // rather than fail the request; callers that need delivery (sign-in) check the status.
  console.error(`[rally] ${transport.name} did not send the email to ${row.to}: ${result.error}`);
  return { id: row.id, status: "failed", duplicate: false };
}
