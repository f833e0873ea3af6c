import { and, eq, inArray, isNull } from "drizzle-orm";
import { notifications } from "~/server/db/schema";
import type { ActorContext } from "../context";

/**
 * Marks some of the caller's notices read. Ids of other people's notices are ignored (the
 * update is scoped to the caller), so nobody can learn or touch another person's notices.
 * Returns how many changed; already-read ones keep their first reading time.
 */
export async function markNotificationsRead(
  ctx: ActorContext,
  input: { ids: string[] },
): Promise<{ changed: number }> {
  if (input.ids.length === 0) return { changed: 0 };
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, ctx.userId),
        inArray(notifications.id, input.ids),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return { changed: rows.length };
}

/** Marks every unread notice of the caller read. */
export async function markAllNotificationsRead(ctx: ActorContext): Promise<{ changed: number }> {
  const result = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, ctx.userId), isNull(notifications.readAt)));
  return { changed: result.count };
}
