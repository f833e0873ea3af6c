import type { Executor } from "~/server/db/client";
import { countEmail } from "~/server/observability/counts";
import { batchIdempotencyKey } from "./headers";
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
import { renderEmail, type AnyOutgoingEmail } from "./render";
import type { ProviderBatchResult, ProviderResult } from "./provider";
import { RESEND_BATCH_LIMIT } from "./resend";
import { emailTransport } from "./transport";

/** Bulk messages must be named: the key is how a resumed send recognises what went out. */
export type BulkEmail = AnyOutgoingEmail & { idempotencyKey: string };
export type BulkResult = {
  idempotencyKey: string;
  emailId: string;
  status: EmailStatus;
  /** The key was already used: nothing was sent for it this time. */
  duplicate: boolean;
};

/**
 * Sends many messages (newsletters, digests) as provider-sized batches: category "bulk"
 * unless a message says otherwise, suppressed addresses dropped (recorded "suppressed"),
 * keys already sent skipped, earlier failures retried. Messages are rendered one chunk of
 * RESEND_BATCH_LIMIT at a time, so callers bound memory by how many they pass (~100).
 * Results come back in the order of `messages`; a repeated key gets the first one's result.
 */
export async function sendBulk(db: Executor, messages: BulkEmail[]): Promise<BulkResult[]> {
  const byKey = new Map<string, BulkResult>();
  const unique = [...new Map(messages.map((m) => [m.idempotencyKey, m])).values()];
  for (let start = 0; start < unique.length; start += RESEND_BATCH_LIMIT) {
    const chunk = unique.slice(start, start + RESEND_BATCH_LIMIT);
    for (const result of await sendChunk(db, chunk)) byKey.set(result.idempotencyKey, result);
  }
  return messages.map((m) => {
    const result = byKey.get(m.idempotencyKey);
    if (!result) throw new Error(`no result for ${m.idempotencyKey}`);
    return result;
  });
}

async function sendChunk(db: Executor, chunk: BulkEmail[]): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  const done = (row: EmailRow, duplicate: boolean, status: EmailStatus = row.status) =>
    results.push({ idempotencyKey: row.idempotencyKey ?? "", emailId: row.id, status, duplicate });

  const keys = chunk.map((m) => m.idempotencyKey);
  const existing = await rowsByKeys(db, keys);
  const suppressed = await suppressedAmong(
    db,
    chunk.map((m) => m.to),
  );
  const transport = emailTransport();
  const toSend: EmailRow[] = [];
  const fresh: Parameters<typeof insertRows>[1] = [];
  for (const message of chunk) {
    const earlier = existing.get(message.idempotencyKey);
    const isSuppressed = suppressed.has(message.to.toLowerCase());
    if (earlier && earlier.status !== "failed") done(earlier, true);
    else if (earlier && isSuppressed) {
      await markSuppressed(db, earlier.id);
      done(earlier, false, "suppressed");
    } else if (earlier) toSend.push(earlier);
    else
      fresh.push({
        rendered: await renderEmail({ ...message, category: message.category ?? "bulk" }),
        status: isSuppressed ? "suppressed" : transport ? "failed" : "outbox",
        key: message.idempotencyKey,
      });
  }
  const inserted = await insertRows(db, fresh);
  for (const row of inserted) {
    if (row.status === "failed") toSend.push(row);
    else done(row, false);
  }
  if (inserted.length < fresh.length) {
    // Keys claimed concurrently by another sender between our lookup and insert: theirs.
    const mine = new Set(inserted.map((row) => row.idempotencyKey));
    const lost = fresh.flatMap((f) => (f.key && !mine.has(f.key) ? [f.key] : []));
    for (const row of (await rowsByKeys(db, lost)).values()) done(row, true);
  }
  if (!transport || toSend.length === 0) return results;
  // Sorted so that a retry of the same members posts the same batch under the same key.
  toSend.sort((a, b) => (a.idempotencyKey ?? "").localeCompare(b.idempotencyKey ?? ""));
  const batchKey = batchIdempotencyKey(toSend.map((row) => row.idempotencyKey ?? row.id));
  const answer = await transport.sendBatch(toSend.map(providerMailOf), {
    idempotencyKey: batchKey,
    messageKeys: toSend.map((row) => row.idempotencyKey ?? row.id),
  });
  if (!answer.ok)
    console.error(
      `[rally] ${transport.name} did not send all of a batch of ${toSend.length}: ${answer.error}`,
    );
  const outcomes = outcomesOf(answer, toSend.length);
  const sent = toSend.flatMap((row, i) => {
    const outcome = outcomes[i];
    return outcome?.ok ? [{ id: row.id, providerId: outcome.id }] : [];
  });
  await markSent(db, sent);
  countEmail("sent", transport.name.toLowerCase(), sent.length);
  countEmail("failed", transport.name.toLowerCase(), toSend.length - sent.length);
  // Failed rows grouped by reason: one update per distinct error.
  const failed = new Map<string, string[]>();
  toSend.forEach((row, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) return;
    const error = outcome?.error ?? "no answer for this message";
    failed.set(error, [...(failed.get(error) ?? []), row.id]);
  });
  for (const [error, ids] of failed) await markFailed(db, ids, error);
  toSend.forEach((row, i) => done(row, false, outcomes[i]?.ok ? "sent" : "failed"));
  return results;
}

/** One outcome per message: an all-or-nothing answer applies to each of them alike. */
function outcomesOf(answer: ProviderBatchResult, count: number): ProviderResult[] {
  if (answer.ok) return answer.ids.map((id) => ({ ok: true, id }));
  return (
    answer.outcomes ?? Array.from({ length: count }, () => ({ ok: false, error: answer.error }))
  );
}
