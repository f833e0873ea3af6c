import { sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { digestSends } from "~/server/db/schema";
import { sendBulk, type BulkEmail } from "~/server/email/send";

/** One recipient's digest for a period; `message` null: nothing to say (recorded, not sent). */
export type DigestItem = { recipientKey: string; message: BulkEmail | null };

export type DeliveryCount = { sent: number; empty: number; skipped: number };

/** The provider's batch size: one transaction hands at most this many messages over. */
export const DELIVERY_CHUNK = 100;

export const digestKey = (recipientKey: string, period: string) =>
  `digest:${recipientKey}:${period}`;

/**
 * Claims each recipient's digest_sends row and hands the claimed messages to the transport
 * in the same transaction. The row is inserted ON CONFLICT DO NOTHING, so a concurrent run
 * waits on it and then skips it; a run that dies before the commit leaves neither row nor
 * email, and the rerun sends once (the provider also knows each message's idempotency key).
 */
export async function deliverChunk(
  db: Db,
  period: string,
  items: readonly DigestItem[],
): Promise<DeliveryCount> {
  if (items.length === 0) return { sent: 0, empty: 0, skipped: 0 };
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(digestSends)
      .values(
        items.map((item) => ({
          recipientKey: item.recipientKey,
          period,
          sent: item.message !== null,
        })),
      )
      .onConflictDoNothing()
      .returning({ recipientKey: digestSends.recipientKey });
    const mine = new Set(claimed.map((c) => c.recipientKey));
    const toSend = items.flatMap((item) =>
      item.message && mine.has(item.recipientKey) ? [item] : [],
    );
    const results =
      toSend.length > 0
        ? await sendBulk(
            tx,
            toSend.map((i) => i.message!),
          )
        : [];
    if (results.length > 0) {
      const pairs = results.map((r, i) => ({ key: toSend[i]!.recipientKey, email: r.emailId }));
      await tx.execute(sql`
        update digest_sends set email_id = v.email
        from jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) as v(key text, email uuid)
        where digest_sends.recipient_key = v.key and digest_sends.period = ${period}`);
    }
    const empty = items.filter((i) => i.message === null && mine.has(i.recipientKey)).length;
    return { sent: results.length, empty, skipped: items.length - mine.size };
  });
}

export function addCounts(a: DeliveryCount, b: DeliveryCount): DeliveryCount {
  return { sent: a.sent + b.sent, empty: a.empty + b.empty, skipped: a.skipped + b.skipped };
}
