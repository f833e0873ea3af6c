import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { subscribers } from "~/server/db/schema";
import { recordConsent, type ConsentMethod, type RequestMeta } from "./consent";

/**
 * Unsubscribes at once (one-click POST, the preference center, a manager): no more mail of
 * any kind, pending confirmation links stop working. Idempotent: repeating it changes and
 * records nothing. Returns whether this call changed anything.
 */
export async function unsubscribeSubscriber(
  db: Executor,
  input: { subscriberId: string; method: ConsentMethod; meta?: RequestMeta },
  now = new Date(),
): Promise<{ changed: boolean }> {
  const [row] = await db
    .update(subscribers)
    .set({
      status: "unsubscribed",
      unsubscribedAt: now,
      confirmTokenHash: null,
      confirmExpiresAt: null,
      updatedAt: now,
    })
    .where(and(eq(subscribers.id, input.subscriberId), ne(subscribers.status, "unsubscribed")))
    .returning({ programId: subscribers.programId, email: subscribers.email });
  if (!row) return { changed: false };
  await recordConsent(db, {
    ...row,
    action: "unsubscribed",
    method: input.method,
    meta: input.meta,
  });
  return { changed: true };
}
