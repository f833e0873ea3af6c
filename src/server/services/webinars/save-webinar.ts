import { and, eq, inArray } from "drizzle-orm";
import { webinarReminders, webinars } from "~/server/db/schema";
import { conflict, DomainError } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { loadManagedWebinar } from "./managed-webinar";
import { webinarFieldsSchema, type WebinarFields } from "./webinar-input";
import { zonedLocalToInstant } from "~/lib/dates";

function columns(fields: WebinarFields) {
  const { startsLocal, ...rest } = fields;
  return { ...rest, startsAt: zonedLocalToInstant(startsLocal, fields.timeZone) };
}

const startInPast = () => new DomainError("BAD_REQUEST", "webinar.startInPast");

/** A manager schedules a webinar; it must start in the future. */
export async function createWebinar(ctx: ProgramContext, input: WebinarFields) {
  const values = columns(webinarFieldsSchema.parse(input));
  if (values.startsAt.getTime() <= Date.now()) throw startInPast();
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(webinars)
      .values({ ...values, programId: ctx.program.id, createdById: ctx.userId })
      .returning();
    if (!created) throw new Error("webinar insert returned nothing");
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webinar.created",
      targetType: "webinar",
      targetId: created.id,
      data: { title: created.title, startsAt: created.startsAt.toISOString() },
    });
    return created;
  });
}

/**
 * A manager changes a webinar that is not cancelled. Moving the start clears the reminders
 * already sent for the old time, so registrants hear about the new one.
 */
export async function updateWebinar(
  ctx: ProgramContext,
  input: WebinarFields & { webinarId: string },
) {
  const values = columns(webinarFieldsSchema.parse(input));
  return ctx.db.transaction(async (tx) => {
    const current = await loadManagedWebinar(tx, ctx.program.id, input.webinarId, { lock: true });
    if (current.cancelledAt) throw conflict("webinar.cancelled");
    const moved = current.startsAt.getTime() !== values.startsAt.getTime();
    if (moved && values.startsAt.getTime() <= Date.now()) throw startInPast();
    const [updated] = await tx
      .update(webinars)
      .set(values)
      .where(eq(webinars.id, current.id))
      .returning();
    if (moved) {
      await tx
        .delete(webinarReminders)
        .where(
          and(
            eq(webinarReminders.webinarId, current.id),
            inArray(webinarReminders.kind, ["day_before", "hour_before"]),
          ),
        );
    }
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webinar.updated",
      targetType: "webinar",
      targetId: current.id,
      data: moved
        ? { from: current.startsAt.toISOString(), to: values.startsAt.toISOString() }
        : { title: values.title },
    });
    return updated!;
  });
}
