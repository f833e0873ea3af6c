/**
 * Program news for the demo: a manager's welcome post and an older note about the cookie
 * window, next to the automatic announcements the seed's rules and creatives already wrote.
 * Everything seeded counts as already emailed, so a fresh demo does not mail its whole
 * partner list the first minute the worker runs.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { announcements } from "~/server/db/schema";
import { recordAnnouncement } from "~/server/services/announcements/record-announcement";

const WELCOME = `Welcome to the **Northwind Learning** partner program!

- New spring banners are in the creative library.
- Our next webinar walks through the best-converting landing pages.

Questions? Reply to any of our emails.`;

export async function seedDemoAnnouncements(
  db: Db,
  input: { programId: string; managerId: string; cookieWindowDays: number },
) {
  await db.transaction(async (tx) => {
    const cookie = await recordAnnouncement(tx, {
      programId: input.programId,
      kind: "cookie_window_changed",
      title: `Cookie window changed to ${input.cookieWindowDays} days`,
      data: { from: 30, to: input.cookieWindowDays },
      createdById: input.managerId,
      notify: false,
    });
    await tx
      .update(announcements)
      .set({ createdAt: sql`now() - interval '12 days'` })
      .where(eq(announcements.id, cookie.id));
    await recordAnnouncement(tx, {
      programId: input.programId,
      kind: "news",
      title: "Welcome to the spring season",
      body: WELCOME,
      createdById: input.managerId,
    });
    await tx
      .update(announcements)
      .set({ emailedAt: new Date() })
      .where(and(eq(announcements.programId, input.programId), isNull(announcements.emailedAt)));
  });
}
