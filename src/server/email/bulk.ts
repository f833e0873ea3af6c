import type { Executor } from "~/server/db/client";
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
import { RESEND_BATCH_LIMIT, resendTransport } from "./resend";

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
  const transport = resendTransport();
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
  });
  if (answer.ok) {
    await markSent(
      db,
      toSend.map((row, i) => ({ id: row.id, providerId: answer.ids[i] ?? "" })),
    );
    for (const row of toSend) done(row, false, "sent");
  } else {
    await markFailed(
      db,
      toSend.map((row) => row.id),
      answer.error,
    );
    console.error(`[rally] Resend refused a batch of ${toSend.length}: ${answer.error}`);
    for (const row of toSend) done(row, false, "failed");
  }
  return results;
}
