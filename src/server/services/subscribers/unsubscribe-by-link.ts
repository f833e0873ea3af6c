import { and, eq, ne } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { enrollments, partnerEmailPreferences, subscribers } from "~/server/db/schema";
import type { EmailLinkPayload } from "~/server/email/links";
import { recordConsent, type RequestMeta } from "./consent";
import { unsubscribeSubscriber } from "./unsubscribe-subscriber";

export type UnsubscribeOutcome = { found: boolean; changed: boolean };

/**
 * What a signed unsubscribe link does, at once and without signing in. A subscriber leaves
 * the list (scope "digest": only the digest stops); a partner turns off the kind of mail the
 * link came with ("all": every kind). Repeating it changes and records nothing.
 */
export async function unsubscribeByLink(
  db: Db,
  payload: EmailLinkPayload,
  meta?: RequestMeta,
): Promise<UnsubscribeOutcome> {
  return db.transaction(async (tx) => {
    if (payload.kind === "subscriber") {
      const [subscriber] = await tx
        .select({ id: subscribers.id })
        .from(subscribers)
        .where(eq(subscribers.id, payload.id));
      if (!subscriber) return { found: false, changed: false };
      if (payload.scope !== "digest") {
        const { changed } = await unsubscribeSubscriber(tx, {
          subscriberId: payload.id,
          method: "one_click",
          meta,
        });
        return { found: true, changed };
      }
      const [row] = await tx
        .update(subscribers)
        .set({ frequency: "off" })
        .where(and(eq(subscribers.id, payload.id), ne(subscribers.frequency, "off")))
        .returning({ programId: subscribers.programId, email: subscribers.email });
      if (row)
        await recordConsent(tx, {
          ...row,
          action: "preferences_changed",
          method: "one_click",
          details: { frequency: "off" },
          meta,
        });
      return { found: true, changed: Boolean(row) };
    }

    const [enrollment] = await tx
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(eq(enrollments.id, payload.id));
    if (!enrollment) return { found: false, changed: false };
    const off = {
      ...(payload.scope === "newsletters" || payload.scope === "all" ? { newsletters: false } : {}),
      ...(payload.scope === "announcements" || payload.scope === "all"
        ? { announcements: false }
        : {}),
      ...(payload.scope === "digest" || payload.scope === "all" ? { digest: "off" as const } : {}),
    };
    const [before] = await tx
      .select()
      .from(partnerEmailPreferences)
      .where(eq(partnerEmailPreferences.enrollmentId, payload.id));
    const changed =
      !before || Object.entries(off).some(([k, v]) => before[k as keyof typeof off] !== v);
    if (changed)
      await tx
        .insert(partnerEmailPreferences)
        .values({ enrollmentId: payload.id, ...off })
        .onConflictDoUpdate({
          target: partnerEmailPreferences.enrollmentId,
          set: { ...off, updatedAt: new Date() },
        });
    return { found: true, changed };
  });
}
