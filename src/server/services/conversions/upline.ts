import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments, users } from "~/server/db/schema";

export type UplineMember = { enrollmentId: string; approved: boolean; email: string };

/**
 * The recruiters above a partner, level 1 first, at most `depth` of them. A referral cycle
 * (possible through data edits) ends the walk instead of paying someone twice.
 */
export async function loadUpline(
  db: Executor,
  programId: string,
  start: { id: string; referredById: string | null },
  depth: number,
): Promise<UplineMember[]> {
  const seen = new Set([start.id]);
  const upline: UplineMember[] = [];
  let next = start.referredById;
  while (next && upline.length < depth && !seen.has(next)) {
    const [row] = await db
      .select({
        id: enrollments.id,
        status: enrollments.status,
        referredById: enrollments.referredById,
        email: users.email,
      })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(and(eq(enrollments.id, next), eq(enrollments.programId, programId)));
    if (!row) break;
    seen.add(row.id);
    upline.push({ enrollmentId: row.id, approved: row.status === "approved", email: row.email });
    next = row.referredById;
  }
  return upline;
}
