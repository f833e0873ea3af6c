import { desc, eq } from "drizzle-orm";
import { getDb } from "~/server/db/client";
import { emails } from "~/server/db/schema";

/**
 * The newest messages, optionally to one address: bulk mail (a contest's emails to hundreds of
 * partners) would otherwise push a single message off the page.
 */
export async function latestEmails(options: { to?: string; limit?: number } = {}) {
  const to = options.to?.trim().toLowerCase();
  return getDb()
    .select()
    .from(emails)
    .where(to ? eq(emails.to, to) : undefined)
    .orderBy(desc(emails.createdAt))
    .limit(options.limit ?? 50);
}

/** Links in a message, so the mailbox can offer the sign-in link as a plain anchor. */
export function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [])];
}
