import { eq, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { announcements } from "~/server/db/schema";
import { preferencesUrl, unsubscribeUrls } from "~/server/email/links";
import { sendBulk, type BulkEmail } from "~/server/email/send";
import type { AnnouncementKind } from "~/lib/announcements";
import { recipientBatches } from "./recipients";

type Pending = {
  id: string;
  program_id: string;
  kind: AnnouncementKind;
  title: string;
  body: string;
  data: Record<string, unknown>;
  program_name: string;
  program_slug: string;
  image_hosts: string[];
};

/**
 * The announcements job: emails every announcement not emailed yet, then marks it. A "new
 * creatives" announcement waits until its UTC day is over, because the day's later creatives
 * are merged into it. Announcements go to approved partners who keep announcement emails on;
 * new terms go to every approved partner, since they must re-accept to keep working.
 * Each message is keyed "announcement:<id>:<enrollmentId>", so a rerun sends nothing twice.
 */
export async function emailPendingAnnouncements(
  db: Db,
  options: { batchSize?: number; limit?: number } = {},
) {
  const pending = await db.execute<Pending>(sql`
    select a.id, a.program_id, a.kind, a.title, a.body, a.data,
      p.name as program_name, p.slug as program_slug, p.allowed_image_hosts as image_hosts
    from announcements a join programs p on p.id = a.program_id
    where a.emailed_at is null
      and (a.kind <> 'creatives_changed'
        or a.created_at < date_trunc('day', now() at time zone 'UTC') at time zone 'UTC')
    order by a.created_at
    limit ${options.limit ?? 20}`);
  let sent = 0;
  for (const announcement of pending) {
    sent += await emailAnnouncement(db, announcement, options.batchSize);
    await db
      .update(announcements)
      .set({ emailedAt: new Date() })
      .where(eq(announcements.id, announcement.id));
  }
  return { announcements: pending.length, sent };
}

async function emailAnnouncement(db: Db, a: Pending, batchSize?: number) {
  const terms = a.kind === "terms_changed";
  const where = sql`e.program_id = ${a.program_id} and e.status = 'approved'
    and (${terms} or coalesce(p.announcements, true))`;
  const keyPrefix = `announcement:${a.id}:`;
  let sent = 0;
  for await (const batch of recipientBatches(db, where, keyPrefix, batchSize)) {
    const messages = batch.map((recipient): BulkEmail => {
      const base = {
        to: recipient.email,
        locale: recipient.locale,
        idempotencyKey: keyPrefix + recipient.enrollmentId,
      };
      const link = { kind: "partner", id: recipient.enrollmentId } as const;
      return terms
        ? {
            ...base,
            template: "termsUpdated",
            category: "transactional",
            props: {
              programName: a.program_name,
              programSlug: a.program_slug,
              version: typeof a.data.version === "number" ? a.data.version : 0,
            },
          }
        : {
            ...base,
            template: "announcement",
            category: "bulk",
            unsubscribe: unsubscribeUrls({ ...link, scope: "announcements" }),
            props: {
              programName: a.program_name,
              programSlug: a.program_slug,
              kind: a.kind,
              title: a.title,
              body: a.body,
              data: a.data,
              preferencesUrl: preferencesUrl({ ...link, scope: "all" }),
              imageHosts: a.image_hosts,
            },
          };
    });
    const results = await sendBulk(db, messages);
    sent += results.filter((result) => !result.duplicate).length;
  }
  return sent;
}
