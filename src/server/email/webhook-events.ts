import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "~/server/db/client";
import { emails, emailSuppressions } from "~/server/db/schema";

/** The parts of Resend's email.* events Rally uses (the rest of the payload is ignored). */
export const resendEvent = z.object({
  type: z.string(),
  created_at: z.string().optional(),
  data: z
    .object({
      email_id: z.string().optional(),
      to: z.union([z.array(z.string()), z.string()]).optional(),
      bounce: z.object({ type: z.string().optional() }).loose().optional(),
    })
    .loose(),
});
export type ResendEvent = z.infer<typeof resendEvent>;

/**
 * Resend reports only bounces the receiving server made final, but SES (underneath) also
 * labels "Transient" and "Undetermined" ones; only "Permanent" (or no label) suppresses.
 */
export function isHardBounce(event: ResendEvent): boolean {
  const type = event.data.bounce?.type;
  return !type || /permanent|hard/i.test(type);
}

export type RecordedEvent = { handled: boolean; suppressed: string[] };

/**
 * Applies one webhook event: delivered / bounced / complained times on the email (set once,
 * so replays change nothing), and hard bounces and complaints on the suppression list.
 */
export async function recordResendEvent(
  db: Db,
  event: ResendEvent,
  eventId: string,
): Promise<RecordedEvent> {
  const column = {
    "email.delivered": "deliveredAt",
    "email.bounced": "bouncedAt",
    "email.complained": "complainedAt",
  }[event.type] as "deliveredAt" | "bouncedAt" | "complainedAt" | undefined;
  if (!column) return { handled: false, suppressed: [] };
  const at = event.created_at ? new Date(event.created_at) : new Date();
  const when = Number.isNaN(at.getTime()) ? new Date() : at;
  const providerId = event.data.email_id;

  return db.transaction(async (tx) => {
    let recipients = [event.data.to ?? []].flat();
    if (providerId) {
      const updated = await tx
        .update(emails)
        .set({ [column]: when })
        .where(and(eq(emails.providerId, providerId), isNull(emails[column])))
        .returning({ to: emails.to });
      if (recipients.length === 0) {
        const rows = updated.length
          ? updated
          : await tx
              .select({ to: emails.to })
              .from(emails)
              .where(eq(emails.providerId, providerId));
        recipients = rows.map((row) => row.to);
      }
    }
    const reason =
      event.type === "email.complained"
        ? ("complaint" as const)
        : event.type === "email.bounced" && isHardBounce(event)
          ? ("hard_bounce" as const)
          : null;
    const suppressed = reason ? [...new Set(recipients.map((to) => to.toLowerCase()))] : [];
    if (reason && suppressed.length > 0)
      await tx
        .insert(emailSuppressions)
        .values(suppressed.map((email) => ({ email, reason, source: `resend:${eventId}` })))
        .onConflictDoNothing();
    return { handled: true, suppressed };
  });
}
