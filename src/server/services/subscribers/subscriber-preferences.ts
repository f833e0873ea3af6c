import { eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programs, subscribers } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordConsent, type RequestMeta } from "./consent";
import { preferencesInput, type SubscriberPreferences } from "./rules";

/** What the preference center shows a subscriber reached through a signed link. */
export async function getSubscriberPreferences(db: Db, subscriberId: string) {
  const [row] = await db
    .select({
      id: subscribers.id,
      email: subscribers.email,
      status: subscribers.status,
      topics: subscribers.topics,
      frequency: subscribers.frequency,
      locale: subscribers.locale,
      timeZone: subscribers.timeZone,
      programName: programs.name,
      programSlug: programs.slug,
    })
    .from(subscribers)
    .innerJoin(programs, eq(programs.id, subscribers.programId))
    .where(eq(subscribers.id, subscriberId));
  return row ?? null;
}

/**
 * Saves the preference center's choices. Only a confirmed subscriber's choices matter; an
 * unsubscribed or pending one must go through the form (double opt-in) to hear from us again,
 * so saving never changes the status.
 */
export async function updateSubscriberPreferences(
  db: Db,
  subscriberId: string,
  raw: SubscriberPreferences,
  meta: RequestMeta,
) {
  const choice = preferencesInput.parse(raw);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(subscribers)
      .set({ ...choice, updatedAt: new Date() })
      .where(eq(subscribers.id, subscriberId))
      .returning({ programId: subscribers.programId, email: subscribers.email });
    if (!row) throw notFound("subscriber");
    await recordConsent(tx, {
      ...row,
      action: "preferences_changed",
      method: "preference_center",
      details: choice,
      meta,
    });
    return choice;
  });
}
