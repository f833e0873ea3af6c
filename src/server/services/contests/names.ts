import { eq, inArray } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments, users } from "~/server/db/schema";

export type PartnerName = { name: string | null; email: string };

/** Names only for the rows shown: never a join over the whole table. */
export async function partnerNames(
  db: Executor,
  enrollmentIds: readonly string[],
): Promise<Map<string, PartnerName>> {
  if (enrollmentIds.length === 0) return new Map();
  const rows = await db
    .select({ id: enrollments.id, name: users.name, email: users.email })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(inArray(enrollments.id, [...enrollmentIds]));
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
}
