import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { newsletterRecipients } from "~/server/db/schema";
import { sendBulk, type BulkEmail } from "~/server/email/send";
import { recipientLinks } from "./recipient-links";

/** Resend's batch endpoint takes 100 messages: one claimed batch is one provider call. */
export const NEWSLETTER_BATCH = 100;

export type BatchNewsletter = {
  id: string;
  subject: string;
  body: string;
  programName: string;
  imageHosts: string[];
};

/** The key that names one recipient's copy: the provider and the emails table refuse a second. */
export const newsletterKey = (newsletterId: string, email: string) =>
  `newsletter:${newsletterId}:${email}`;

/**
 * Claims up to `size` pending recipients (rows another worker holds are skipped), hands their
 * messages to the send function and marks them, all in one transaction: the outbox rows and
 * the marks commit together or not at all. Killed before the commit, the rows are pending
 * again and the retry sends under the same idempotency keys, so nobody gets two copies.
 * Returns how many recipients it handled (0: nothing left to claim).
 */
export async function sendNewsletterBatch(
  db: Db,
  newsletter: BatchNewsletter,
  size = NEWSLETTER_BATCH,
): Promise<number> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .select()
      .from(newsletterRecipients)
      .where(
        and(
          eq(newsletterRecipients.newsletterId, newsletter.id),
          eq(newsletterRecipients.status, "pending"),
        ),
      )
      .orderBy(asc(newsletterRecipients.email))
      .limit(size)
      .for("update", { skipLocked: true });
    if (claimed.length === 0) return 0;

    const messages: BulkEmail[] = claimed.map((row) => {
      const links = recipientLinks(row);
      return {
        to: row.email,
        locale: row.locale,
        template: "newsletter",
        category: "bulk",
        idempotencyKey: newsletterKey(newsletter.id, row.email),
        unsubscribe: links.unsubscribe,
        props: {
          programName: newsletter.programName,
          subject: newsletter.subject,
          body: newsletter.body,
          imageHosts: newsletter.imageHosts,
          reason: row.enrollmentId ? "partner" : "subscriber",
          preferencesUrl: links.preferencesUrl,
          unsubscribeUrl: links.unsubscribe.url,
        },
      };
    });
    const results = await sendBulk(tx, messages);

    const marks = claimed.map((row, index) => {
      const result = results[index]!;
      const status =
        result.status === "suppressed"
          ? "suppressed"
          : result.status === "failed"
            ? "failed"
            : "sent";
      return { email: row.email, status, email_id: result.emailId };
    });
    // One statement for the batch: the marks travel as a single JSON parameter.
    await tx.execute(sql`
      update newsletter_recipients r
      set status = v.status::recipient_status, email_id = v.email_id,
        attempts = r.attempts + 1,
        sent_at = case when v.status = 'sent' then now() else null end
      from jsonb_to_recordset(${JSON.stringify(marks)}::jsonb)
        as v(email text, status text, email_id uuid)
      where r.newsletter_id = ${newsletter.id} and r.email = v.email`);
    return claimed.length;
  });
}
