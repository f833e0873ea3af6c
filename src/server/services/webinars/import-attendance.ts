import { and, eq, inArray } from "drizzle-orm";
import { enrollments, users, webinarRegistrations } from "~/server/db/schema";
import { DomainError } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { parseAttendanceCsv } from "./attendance-csv";
import { loadManagedWebinar } from "./managed-webinar";
import { applyAttendance } from "./mark-attendance";

/**
 * A manager imports the attendee list of a meeting tool. Registered partners found by email are
 * marked as attended (with their points) in one transaction; the answer lists the emails that
 * are nobody in the program and the partners who attended without registering, so the manager
 * can follow up. Nothing is registered on their behalf.
 */
export async function importAttendance(
  ctx: ProgramContext,
  input: { webinarId: string; csv: string },
) {
  const parsed = parseAttendanceCsv(input.csv);
  if (!parsed.ok) throw new DomainError("BAD_REQUEST", `webinar.csv.${parsed.reason}`);
  return ctx.db.transaction(async (tx) => {
    const webinar = await loadManagedWebinar(tx, ctx.program.id, input.webinarId, { lock: true });
    const found = parsed.emails.length
      ? await tx
          .select({
            email: users.email,
            enrollmentId: enrollments.id,
            registered: webinarRegistrations.enrollmentId,
          })
          .from(users)
          .innerJoin(
            enrollments,
            and(eq(enrollments.partnerId, users.id), eq(enrollments.programId, ctx.program.id)),
          )
          .leftJoin(
            webinarRegistrations,
            and(
              eq(webinarRegistrations.enrollmentId, enrollments.id),
              eq(webinarRegistrations.webinarId, webinar.id),
            ),
          )
          .where(inArray(users.email, parsed.emails))
      : [];
    const byEmail = new Map(found.map((row) => [row.email.toLowerCase(), row]));
    const unknown = parsed.emails.filter((email) => !byEmail.has(email));
    const unregistered = found.filter((row) => !row.registered).map((row) => row.email);
    const matched = found.filter((row) => row.registered).map((row) => row.enrollmentId);
    const result = await applyAttendance(tx, webinar, matched, true);
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webinar.attendanceImported",
      targetType: "webinar",
      targetId: webinar.id,
      data: { matched: matched.length, unknown: unknown.length, unregistered: unregistered.length },
    });
    return {
      matched: matched.length,
      newlyMarked: result.updated.length,
      unknown,
      unregistered,
      invalid: parsed.invalid,
    };
  });
}
