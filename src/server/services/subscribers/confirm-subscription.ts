import { and, eq, gt } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programs, subscribers } from "~/server/db/schema";
import { recordConsent, type RequestMeta } from "./consent";
import { hashConfirmToken } from "./rules";
import { sendWelcome, subscriberLinks } from "./subscriber-emails";

export type ConfirmResult =
  | { status: "confirmed"; programName: string; programSlug: string; preferencesUrl: string }
  /** Unknown, already used or expired: the page offers to subscribe again. */
  | { status: "invalid" };

/**
 * Follows a confirmation link. The token is single-use: one UPDATE both checks it (pending,
 * not expired) and clears it, so a second click or a racing request finds nothing.
 */
export async function confirmSubscription(
  db: Db,
  token: string,
  meta: RequestMeta,
  now = new Date(),
): Promise<ConfirmResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const confirmed = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(subscribers)
      .set({
        status: "confirmed",
        confirmedAt: now,
        unsubscribedAt: null,
        confirmTokenHash: null,
        confirmExpiresAt: null,
        updatedAt: now,
      })
      .where(
        and(
          eq(subscribers.confirmTokenHash, hashConfirmToken(token)),
          eq(subscribers.status, "pending"),
          gt(subscribers.confirmExpiresAt, now),
        ),
      )
      .returning();
    if (!row) return null;
    await recordConsent(tx, {
      programId: row.programId,
      email: row.email,
      action: "confirmed",
      method: "confirmation_link",
      details: { topics: row.topics, frequency: row.frequency, locale: row.locale },
      meta,
    });
    const [program] = await tx
      .select({ name: programs.name, slug: programs.slug })
      .from(programs)
      .where(eq(programs.id, row.programId));
    return program ? { row, program } : null;
  });
  if (!confirmed) return { status: "invalid" };
  const { row, program } = confirmed;
  await sendWelcome(db, {
    subscriberId: row.id,
    to: row.email,
    locale: row.locale,
    programName: program.name,
    confirmedAt: now,
  });
  return {
    status: "confirmed",
    programName: program.name,
    programSlug: program.slug,
    preferencesUrl: subscriberLinks(row.id).preferencesUrl,
  };
}
