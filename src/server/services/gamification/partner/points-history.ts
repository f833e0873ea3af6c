import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/server/db/client";
import { pointAwards } from "~/server/db/schema";
import type { PartnerContext } from "../../context";

export const pointsHistoryInput = z.object({
  /** The id of the last award seen (keyset on created_at, id). */
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

/** A partner's point awards, newest first, a page at a time. */
export async function pointsHistory(
  db: Executor,
  enrollmentId: string,
  options: { cursor?: string; limit: number },
) {
  const rows = await db
    .select({
      id: pointAwards.id,
      event: pointAwards.event,
      points: pointAwards.points,
      sourceKey: pointAwards.sourceKey,
      createdAt: pointAwards.createdAt,
    })
    .from(pointAwards)
    .where(
      options.cursor
        ? sql`${pointAwards.enrollmentId} = ${enrollmentId}
            and (${pointAwards.createdAt}, ${pointAwards.id}) < (select p.created_at, p.id
              from point_awards p where p.id = ${options.cursor} and p.enrollment_id = ${enrollmentId})`
        : eq(pointAwards.enrollmentId, enrollmentId),
    )
    .orderBy(desc(pointAwards.createdAt), desc(pointAwards.id))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit);
  return {
    items,
    nextCursor: rows.length > options.limit ? (items.at(-1)?.id ?? null) : null,
  };
}

/** The caller's own history in one of their programs. */
export async function partnerPointsHistory(
  ctx: PartnerContext,
  input: z.input<typeof pointsHistoryInput>,
) {
  const { cursor, limit } = pointsHistoryInput.parse(input);
  return pointsHistory(ctx.db, ctx.enrollment.id, { cursor, limit });
}
