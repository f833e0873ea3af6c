import { eq } from "drizzle-orm";
import { notifications, webinarReminders, webinars } from "~/server/db/schema";
import { sendEmail } from "~/server/email/send";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { loadManagedWebinar } from "./managed-webinar";
import { registrants, webinarEmailProps } from "./registrants";
import { httpsUrlSchema } from "./webinar-input";

/**
 * A manager attaches the recording after the webinar started, and every registrant hears of
 * it once: the "recording" reminder row is claimed (ON CONFLICT DO NOTHING) in the transaction
 * that writes the notice and the email, so correcting the link later re-announces nothing.
 */
export async function setRecording(ctx: ProgramContext, input: { webinarId: string; url: string }) {
  const url = httpsUrlSchema.parse(input.url);
  return ctx.db.transaction(async (tx) => {
    const webinar = await loadManagedWebinar(tx, ctx.program.id, input.webinarId, { lock: true });
    if (webinar.cancelledAt) throw conflict("webinar.cancelled");
    if (webinar.startsAt.getTime() > Date.now()) throw conflict("webinar.notStarted");
    await tx.update(webinars).set({ recordingUrl: url }).where(eq(webinars.id, webinar.id));
    const props = { ...webinarEmailProps(webinar, ctx.program.name), recordingUrl: url };
    let announced = 0;
    for (const person of await registrants(tx, webinar.id)) {
      const claimed = await tx
        .insert(webinarReminders)
        .values({ webinarId: webinar.id, enrollmentId: person.enrollmentId, kind: "recording" })
        .onConflictDoNothing()
        .returning({ kind: webinarReminders.kind });
      if (claimed.length === 0) continue;
      await tx.insert(notifications).values({
        userId: person.userId,
        programId: ctx.program.id,
        kind: "webinar.recording",
        data: { webinarId: webinar.id, title: webinar.title },
      });
      await sendEmail(tx, {
        to: person.email,
        locale: person.locale,
        template: "webinarRecording",
        props,
      });
      announced++;
    }
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webinar.recordingSet",
      targetType: "webinar",
      targetId: webinar.id,
      data: { url, announced },
    });
    return { recordingUrl: url, announced };
  });
}
