import { sql } from "drizzle-orm";
import type { ActorContext } from "../context";

/** Beyond this the badge says "99+": counting further would only cost time. */
export const UNREAD_CAP = 100;

/** How many of the caller's notices are unread, counted up to UNREAD_CAP. */
export async function unreadCount(ctx: ActorContext): Promise<number> {
  const [row] = await ctx.db.execute<{ count: number }>(sql`
    select count(*)::int as count from (
      select 1 from notifications
      where user_id = ${ctx.userId} and read_at is null
      limit ${UNREAD_CAP}
    ) unread`);
  return row?.count ?? 0;
}
