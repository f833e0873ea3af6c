import { and, desc, eq, sql } from "drizzle-orm";
import { notifications, programs } from "~/server/db/schema";
import type { ActorContext } from "../context";

/**
 * The caller's own notices, newest first, keyset-paginated by (created_at, id): `after` is the
 * id of the last notice seen, and it only ever selects among the caller's own rows. Each
 * notice names its program so the portal can link to the right page.
 */
export async function listNotifications(
  ctx: ActorContext,
  input: { after?: string; limit: number; unreadOnly?: boolean },
) {
  const rows = await ctx.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      data: notifications.data,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      program: { slug: programs.slug, name: programs.name },
    })
    .from(notifications)
    .leftJoin(programs, eq(programs.id, notifications.programId))
    .where(
      and(
        eq(notifications.userId, ctx.userId),
        input.unreadOnly ? sql`${notifications.readAt} is null` : undefined,
        input.after
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (select n.created_at, n.id from notifications n where n.id = ${input.after} and n.user_id = ${ctx.userId})`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...row, read: row.readAt !== null })),
    nextCursor: rows.length > input.limit && last ? last.id : null,
  };
}
