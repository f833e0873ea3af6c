import { desc } from "drizzle-orm";
import { getDb } from "~/server/db/client";
import { emails } from "~/server/db/schema";
import { isDemoMode } from "~/server/auth/demo";

/**
 * The dev mailbox shows outgoing mail to anyone who can reach the page, so it exists only
 * outside production (or in demo mode, which is never a production deployment).
 */
export function mailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || isDemoMode();
}

export async function latestEmails(limit = 50) {
  return getDb().select().from(emails).orderBy(desc(emails.createdAt)).limit(limit);
}

/** Links in a message, so the mailbox can offer the sign-in link as a plain anchor. */
export function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [])];
}
