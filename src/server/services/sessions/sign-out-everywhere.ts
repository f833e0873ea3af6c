import { eq, sql } from "drizzle-orm";
import { users } from "~/server/db/schema";
import type { ActorContext } from "../context";

/**
 * Ends every session of the caller, the one making this request included: sessions carry the
 * version they were issued with, and the next read of each finds it outdated.
 */
export async function signOutEverywhere(ctx: ActorContext): Promise<void> {
  await ctx.db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, ctx.userId));
}
