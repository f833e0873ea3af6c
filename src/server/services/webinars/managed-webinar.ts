import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { webinars } from "~/server/db/schema";
import { notFound } from "~/server/errors";

export type Webinar = typeof webinars.$inferSelect;

/**
 * A webinar of the manager's program; another program's id answers NOT_FOUND like an unknown
 * one. `lock` takes the row lock that serializes registrations, attendance and announcements.
 */
export async function loadManagedWebinar(
  db: Executor,
  programId: string,
  webinarId: string,
  options: { lock?: boolean } = {},
): Promise<Webinar> {
  const query = db
    .select()
    .from(webinars)
    .where(and(eq(webinars.id, webinarId), eq(webinars.programId, programId)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound("webinar");
  return row;
}
