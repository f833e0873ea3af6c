import { and, count, eq } from "drizzle-orm";
import { notifications, users, webinarRegistrations, webinarReminders } from "~/server/db/schema";
import { appUrl } from "@emails/components/app-url";
import { sendEmail } from "~/server/email/send";
import { conflict, forbidden } from "~/server/errors";
import type { PartnerContext } from "../context";
import { loadPartnerWebinar } from "./partner-webinar";
import { webinarEmailProps } from "./registrants";

/** Where a registrant downloads the calendar file (the route checks who asks). */
export const icsPath = (webinarId: string) => `/api/webinars/${webinarId}/ics`;

/**
 * A partner takes a seat. The webinar row is locked while seats are counted, so two partners
 * racing for the last seat get one seat and one "full". The confirmation (notice + email with
 * the calendar link) is claimed by a "confirmation" reminder row in the same transaction.
 */
export async function registerForWebinar(ctx: PartnerContext, input: { webinarId: string }) {
  return ctx.db.transaction(async (tx) => {
    const found = await loadPartnerWebinar(tx, ctx, input.webinarId, { lock: true });
    const { webinar, enrollment } = found;
    if (webinar.cancelledAt) throw conflict("webinar.cancelled");
    if (webinar.startsAt.getTime() <= Date.now()) throw conflict("webinar.started");
    if (found.registered) return { registered: true, confirmationSent: false };
    if (!found.invited) throw forbidden("webinar.notInAudience");
    if (webinar.capacity !== null) {
      const [taken] = await tx
        .select({ value: count() })
        .from(webinarRegistrations)
        .where(eq(webinarRegistrations.webinarId, webinar.id));
      if ((taken?.value ?? 0) >= webinar.capacity) throw conflict("webinar.full");
    }
    await tx
      .insert(webinarRegistrations)
      .values({ webinarId: webinar.id, enrollmentId: enrollment.id })
      .onConflictDoNothing();
    const claimed = await tx
      .insert(webinarReminders)
      .values({ webinarId: webinar.id, enrollmentId: enrollment.id, kind: "confirmation" })
      .onConflictDoNothing()
      .returning({ kind: webinarReminders.kind });
    if (claimed.length > 0) {
      const [person] = await tx
        .select({ email: users.email, locale: users.locale })
        .from(users)
        .where(eq(users.id, ctx.userId));
      await tx.insert(notifications).values({
        userId: ctx.userId,
        programId: found.program.id,
        kind: "webinar.registered",
        data: { webinarId: webinar.id, title: webinar.title },
      });
      if (person) {
        await sendEmail(tx, {
          to: person.email,
          locale: person.locale,
          template: "webinarConfirmation",
          props: {
            ...webinarEmailProps(webinar, found.program.name),
            calendarUrl: appUrl(icsPath(webinar.id)),
          },
        });
      }
    }
    return { registered: true, confirmationSent: claimed.length > 0 };
  });
}

/**
 * A partner gives their seat back before the start. Their sent-message rows go too, so
 * registering again brings a fresh confirmation and the reminders.
 */
export async function unregisterFromWebinar(ctx: PartnerContext, input: { webinarId: string }) {
  return ctx.db.transaction(async (tx) => {
    const { webinar, enrollment, registered } = await loadPartnerWebinar(tx, ctx, input.webinarId, {
      lock: true,
    });
    if (!registered) return { registered: false };
    if (webinar.startsAt.getTime() <= Date.now()) throw conflict("webinar.started");
    const mine = (table: typeof webinarRegistrations | typeof webinarReminders) =>
      and(eq(table.webinarId, webinar.id), eq(table.enrollmentId, enrollment.id));
    await tx.delete(webinarReminders).where(mine(webinarReminders));
    await tx.delete(webinarRegistrations).where(mine(webinarRegistrations));
    return { registered: false };
  });
}
