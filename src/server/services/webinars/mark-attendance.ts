import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "~/server/db/client";
import { webinarRegistrations } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { awardPoints } from "../gamification/award";
import { loadManagedWebinar, type Webinar } from "./managed-webinar";

/**
 * Sets attendance for registrations of a webinar that has started, and gives each attendee the
 * program's "webinar_attended" points once (the award is keyed by webinar, so marking again or
 * importing the same list twice gives nothing more). Un-marking keeps the points: awards are
 * append-only, and a mistaken tick is rarer than a partner losing points they were shown.
 */
export async function applyAttendance(
  tx: Tx,
  webinar: Webinar,
  enrollmentIds: string[],
  attended: boolean,
) {
  if (webinar.cancelledAt) throw conflict("webinar.cancelled");
  if (webinar.startsAt.getTime() > Date.now()) throw conflict("webinar.notStarted");
  if (enrollmentIds.length === 0) return { updated: [] as string[], points: 0 };
  const registered = and(
    eq(webinarRegistrations.webinarId, webinar.id),
    inArray(webinarRegistrations.enrollmentId, enrollmentIds),
  );
  const updated = await tx
    .update(webinarRegistrations)
    .set({ attendedAt: attended ? new Date() : null })
    .where(attended ? and(registered, isNull(webinarRegistrations.attendedAt)) : registered)
    .returning({ enrollmentId: webinarRegistrations.enrollmentId });
  let points = 0;
  if (attended) {
    const all = await tx
      .select({ enrollmentId: webinarRegistrations.enrollmentId })
      .from(webinarRegistrations)
      .where(registered);
    for (const row of all) {
      points += await awardPoints(tx, {
        programId: webinar.programId,
        enrollmentId: row.enrollmentId,
        event: "webinar_attended",
        sourceKey: `webinar:${webinar.id}`,
      });
    }
  }
  return { updated: updated.map((row) => row.enrollmentId), points };
}

/** A manager ticks (or unticks) attendance for registrants of their program's webinar. */
export async function markAttendance(
  ctx: ProgramContext,
  input: { webinarId: string; enrollmentIds: string[]; attended: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const webinar = await loadManagedWebinar(tx, ctx.program.id, input.webinarId, { lock: true });
    const result = await applyAttendance(tx, webinar, input.enrollmentIds, input.attended);
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webinar.attendanceMarked",
      targetType: "webinar",
      targetId: webinar.id,
      data: { attended: input.attended, changed: result.updated.length, points: result.points },
    });
    return result;
  });
}
