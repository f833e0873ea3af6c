import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { enrollments } from "~/server/db/schema";
import { forbidden, notFound } from "~/server/errors";
import type { ActorContext } from "../context";
import { enrollmentState } from "../enrollments/enrollment-state";

export const watchInput = z.object({ programId: z.uuid() });

/**
 * The enrollment whose live events the caller may watch in a program: their own, approved.
 * The program id only selects among the caller's enrollments (another program answers
 * NOT_FOUND); an application that is pending, rejected or suspended has nothing to watch.
 */
export async function watchedEnrollment(
  ctx: ActorContext,
  input: z.input<typeof watchInput>,
): Promise<{ enrollmentId: string; programId: string }> {
  const { programId } = watchInput.parse(input);
  const [enrollment] = await ctx.db
    .select({ id: enrollments.id, status: enrollments.status })
    .from(enrollments)
    .where(and(eq(enrollments.programId, programId), eq(enrollments.partnerId, ctx.userId)))
    .limit(1);
  if (!enrollment) throw notFound("enrollment");
  if (enrollment.status !== "approved") {
    // Terms are not in question here: only the status matters for watching one's own events.
    throw forbidden(`partnerNot.${enrollmentState({ ...enrollment, acceptedTermsVersion: 0 }, 0)}`);
  }
  return { enrollmentId: enrollment.id, programId };
}
