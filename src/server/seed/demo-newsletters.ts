/**
 * Newsletters for the demo program: one sent to the gold and silver partners nine days ago
 * (through the real send path, then dated back, with delivery, a bounce and a complaint
 * recorded as the provider's webhooks would), one draft and one scheduled for next week, so
 * the console's newsletter pages have something to show on a fresh demo.
 */
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { emails, newsletterRecipients, newsletters } from "~/server/db/schema";
import { sendNewsletter } from "~/server/services/newsletters/send-newsletter";

const DAY = 86_400_000;

const SENT_BODY = `# Spring update for our top partners

Thank you for a great quarter. Three things for the weeks ahead:

- **New course bundle**: 30% commission on every bundle sale until the end of the month.
- **Fresh creatives**: banners and email swipes are waiting in the portal.
- **Webinar**: join our SEO clinic and bring your questions.

[Open the partner portal](http://localhost:3000/portal)
`;

export async function seedDemoNewsletters(
  db: Db,
  options: { programId: string; managerId: string },
): Promise<{ newsletters: number; recipients: number }> {
  const [existing] = await db
    .select({ id: newsletters.id })
    .from(newsletters)
    .where(eq(newsletters.programId, options.programId))
    .limit(1);
  if (existing) return { newsletters: 0, recipients: 0 };
  const base = { programId: options.programId, createdById: options.managerId };
  const sentAt = new Date(Date.now() - 9 * DAY);

  const [sent] = await db
    .insert(newsletters)
    .values({
      ...base,
      subject: "Spring update: bundle commission, new creatives, SEO clinic",
      body: SENT_BODY,
      audience: { partners: true, tierKeys: ["gold", "silver"], subscribers: false },
      status: "sending",
      scheduledAt: sentAt,
    })
    .returning({ id: newsletters.id });
  if (!sent) throw new Error("demo newsletter insert returned nothing");
  const recipients = await sendNewsletter(db, sent.id);

  await db.transaction(async (tx) => {
    await tx
      .update(newsletters)
      .set({ createdAt: new Date(sentAt.getTime() - DAY), startedAt: sentAt, finishedAt: sentAt })
      .where(eq(newsletters.id, sent.id));
    await tx
      .update(newsletterRecipients)
      .set({ sentAt })
      .where(eq(newsletterRecipients.newsletterId, sent.id));
    const ids = (
      await tx
        .select({ id: newsletterRecipients.emailId })
        .from(newsletterRecipients)
        .where(eq(newsletterRecipients.newsletterId, sent.id))
        .orderBy(newsletterRecipients.email)
    )
      .map((row) => row.id)
      .filter((id): id is string => id !== null);
    if (ids.length === 0) return;
    // Dated back, so the dev mailbox still opens on the newest mail.
    await tx.update(emails).set({ createdAt: sentAt }).where(inArray(emails.id, ids));
    const [bounced, complained, ...rest] = ids;
    const delivered = rest.filter((_, index) => index % 6 !== 5);
    if (delivered.length > 0)
      await tx
        .update(emails)
        .set({ deliveredAt: sql`${sentAt.toISOString()}::timestamptz + interval '2 minutes'` })
        .where(inArray(emails.id, delivered));
    if (bounced) await tx.update(emails).set({ bouncedAt: sentAt }).where(eq(emails.id, bounced));
    if (complained)
      await tx
        .update(emails)
        .set({ deliveredAt: sentAt, complainedAt: new Date(sentAt.getTime() + DAY) })
        .where(eq(emails.id, complained));
  });

  const nextWeek = new Date(Date.now() + 7 * DAY);
  nextWeek.setUTCHours(9, 0, 0, 0);
  await db.insert(newsletters).values([
    {
      ...base,
      subject: "Summer webinar series: save the dates",
      body: "# Summer webinars\n\nFour sessions in July. _Dates to be confirmed._\n",
      audience: { partners: true, tierKeys: [], subscribers: true },
    },
    {
      ...base,
      subject: "Your May results and the contest leaderboard",
      body: "# May in numbers\n\nThe contest is heating up: see where you stand in the portal.\n",
      audience: { partners: true, tierKeys: [], subscribers: true, topic: "contests" },
      status: "scheduled",
      scheduledAt: nextWeek,
    },
  ]);
  return { newsletters: 3, recipients };
}
