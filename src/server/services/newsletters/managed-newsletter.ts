import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { newsletters } from "~/server/db/schema";
import { notFound } from "~/server/errors";

export type Newsletter = typeof newsletters.$inferSelect;

/**
 * A newsletter of the manager's program; another program's id answers NOT_FOUND like an
 * unknown one. `lock` serializes edits, scheduling and the worker's start of the send.
 */
export async function loadManagedNewsletter(
  db: Executor,
  programId: string,
  newsletterId: string,
  options: { lock?: boolean } = {},
): Promise<Newsletter> {
  const query = db
    .select()
    .from(newsletters)
    .where(and(eq(newsletters.id, newsletterId), eq(newsletters.programId, programId)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound("newsletter");
  return row;
}
