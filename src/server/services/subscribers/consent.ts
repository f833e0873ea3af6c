import type { Executor } from "~/server/db/client";
import { consentRecords } from "~/server/db/schema";

/** Where a consent change came from: the visitor's hashed address and browser, when known. */
export type RequestMeta = { ipHash: string | null; userAgent: string | null };
export const noRequestMeta: RequestMeta = { ipHash: null, userAgent: null };

export type ConsentAction =
  "subscribe_requested" | "confirmed" | "preferences_changed" | "unsubscribed" | "removed";
export type ConsentMethod =
  "form" | "confirmation_link" | "one_click" | "preference_center" | "manager" | "seed";

/**
 * Appends to the consent trail (never updated, kept when the subscriber row is deleted), in
 * the transaction of the change it records.
 */
export async function recordConsent(
  db: Executor,
  entry: {
    programId: string;
    email: string;
    action: ConsentAction;
    method: ConsentMethod;
    details?: Record<string, unknown>;
    meta?: RequestMeta;
  },
): Promise<void> {
  await db.insert(consentRecords).values({
    programId: entry.programId,
    email: entry.email,
    action: entry.action,
    method: entry.method,
    details: entry.details ?? {},
    ipHash: entry.meta?.ipHash ?? null,
    // Browsers' strings are short; a forged one should not bloat the trail.
    userAgent: entry.meta?.userAgent?.slice(0, 300) ?? null,
  });
}
