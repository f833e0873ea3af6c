import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/server/db/client";
import { enrollments } from "~/server/db/schema";
import { notFound } from "~/server/errors";

/**
 * An enrollment of the manager's own program. An id from another program answers NOT_FOUND,
 * exactly like one that does not exist, so ids cannot be probed across programs.
 */
export async function managedEnrollment(db: Executor, programId: string, enrollmentId: string) {
  const [row] = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.id, enrollmentId), eq(enrollments.programId, programId)));
  if (!row) throw notFound("partner");
  return row;
}

/** A page of one partner's rows in the console, newest first, by keyset `cursor`. */
export const enrollmentPageInput = z.object({
  enrollmentId: z.uuid(),
  /** The id of the last row of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(50).default(10),
});
