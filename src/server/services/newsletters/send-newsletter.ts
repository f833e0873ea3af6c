import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { newsletters, programs } from "~/server/db/schema";
import { audienceRows } from "./audience-sql";
import { NEWSLETTER_BATCH, sendNewsletterBatch, type BatchNewsletter } from "./send-batch";

export type SendOptions = {
  batchSize?: number;
  /** Called after each committed batch (logging; the crash test kills the process here). */
  onBatch?: (handled: number) => void | Promise<void>;
};

/**
 * Writes the recipient list once, when the send starts: the audience as it is at that moment,
 * lower-cased and deduplicated. The newsletter's row lock and `startedAt` make it happen once
 * however many workers arrive; ON CONFLICT keeps even a repeated insert harmless.
 */
async function start(db: Db, newsletterId: string): Promise<BatchNewsletter | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        newsletter: newsletters,
        programName: programs.name,
        imageHosts: programs.allowedImageHosts,
      })
      .from(newsletters)
      .innerJoin(programs, eq(programs.id, newsletters.programId))
      .where(eq(newsletters.id, newsletterId))
      .for("update", { of: newsletters });
    if (!row || row.newsletter.status !== "sending") return null;
    const { newsletter } = row;
    if (!newsletter.startedAt) {
      await tx.execute(sql`
        insert into newsletter_recipients (newsletter_id, email, enrollment_id, subscriber_id, locale)
        select ${newsletter.id}, a.email, a.enrollment_id, a.subscriber_id, a.locale
        from (${audienceRows(newsletter.programId, newsletter.audience)}) a
        on conflict do nothing`);
      await tx
        .update(newsletters)
        .set({ startedAt: new Date() })
        .where(eq(newsletters.id, newsletter.id));
    }
    return {
      id: newsletter.id,
      subject: newsletter.subject,
      body: newsletter.body,
      programName: row.programName,
      imageHosts: row.imageHosts,
    };
  });
}

async function stillSending(db: Db, newsletterId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: newsletters.status })
    .from(newsletters)
    .where(eq(newsletters.id, newsletterId));
  return row?.status === "sending";
}

/**
 * Sends a newsletter that is in "sending" to everyone still pending, batch by batch, then
 * marks it sent. Safe to run again after a crash, and beside another worker: batches skip
 * rows others hold, and "sent" is set only when no pending row is left. A manager's stop
 * (status cancelled) takes effect before the next batch. Returns the recipients handled.
 */
export async function sendNewsletter(db: Db, newsletterId: string, options: SendOptions = {}) {
  const newsletter = await start(db, newsletterId);
  if (!newsletter) return 0;
  let total = 0;
  while (await stillSending(db, newsletterId)) {
    const handled = await sendNewsletterBatch(
      db,
      newsletter,
      options.batchSize ?? NEWSLETTER_BATCH,
    );
    if (handled === 0) break;
    total += handled;
    await options.onBatch?.(handled);
  }
  await db.execute(sql`
    update newsletters set status = 'sent', finished_at = now()
    where id = ${newsletterId} and status = 'sending'
      and not exists (select 1 from newsletter_recipients r
        where r.newsletter_id = ${newsletterId} and r.status = 'pending')`);
  return total;
}

/**
 * The worker's every-minute run: scheduled newsletters that are due start sending, then every
 * newsletter in "sending" is worked on, which also resumes sends a crash interrupted.
 */
export async function runDueNewsletters(
  db: Db,
  now = new Date(),
  // `programId` limits the run to one program (tests share a database with other programs).
  options: SendOptions & { programId?: string } = {},
) {
  const inProgram = options.programId ? eq(newsletters.programId, options.programId) : undefined;
  await db
    .update(newsletters)
    .set({ status: "sending" })
    .where(and(eq(newsletters.status, "scheduled"), lte(newsletters.scheduledAt, now), inProgram));
  const sending = await db
    .select({ id: newsletters.id })
    .from(newsletters)
    .where(and(eq(newsletters.status, "sending"), inProgram))
    .orderBy(asc(newsletters.scheduledAt));
  let total = 0;
  for (const { id } of sending) total += await sendNewsletter(db, id, options);
  return { newsletters: sending.length, recipients: total };
}
