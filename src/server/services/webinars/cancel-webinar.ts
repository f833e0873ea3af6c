import { eq } from "drizzle-orm";
import { notifications, webinars } from "~/server/db/schema";
import { sendEmail } from "~/server/email/send";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { loadManagedWebinar } from "./managed-webinar";
import { registrants, webinarEmailProps } from "./registrants";

/**
 * A manager cancels a webinar that has not started; every registrant gets a notice and an
 * email in the same transaction, so a cancellation is never half-announced.
 */
export async function cancelWebinar(ctx: ProgramContext, input: { webinarId: string }) {
  return ctx.db.transaction(async (tx) => {
    const webinar = await loadManagedWebinar(tx, ctx.program.id, input.webinarId, { lock: true });
    if (webinar.cancelledAt) throw conflict("webinar.cancelled");
    if (webinar.startsAt.getTime() <= Date.now()) throw conflict("webinar.started");
    const cancelledAt = new Date();
    await tx.update(webinars).set({ cancelledAt }).where(eq(webinars.id, webinar.id));
    const people = await registrants(tx, webinar.id);
    if (people.length > 0) {
      await tx.insert(notifications).values(
        people.map((person) => ({
          userId: person.userId,
          programId: ctx.program.id,
          kind: "webinar.cancelled",
          data: { webinarId: webinar.id, title: webinar.title },
        })),
      );
    }
    const props = webinarEmailProps(webinar, ctx.program.name);
    for (const person of people) {
      await sendEmail(tx, {
        to: person.email,
        locale: person.locale,
        template: "webinarCancelled",
        props,
      });
    }
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webinar.cancelled",
      targetType: "webinar",
      targetId: webinar.id,
      data: { title: webinar.title, registrants: people.length },
    });
    return { cancelledAt, notified: people.length };
  });
}
