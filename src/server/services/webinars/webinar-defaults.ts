import { and, desc, eq, isNull } from "drizzle-orm";
import { webinars } from "~/server/db/schema";
import type { ProgramContext } from "../context";

/**
 * What a new webinar's form starts from on the server's side: the program's usual join link.
 * Programs have no setting for it; most hosts reuse one meeting room, so it is the link of
 * the webinar scheduled most recently (cancelled ones aside), or null before the first.
 */
export async function webinarDefaults(ctx: ProgramContext): Promise<{ joinUrl: string | null }> {
  const [latest] = await ctx.db
    .select({ joinUrl: webinars.joinUrl })
    .from(webinars)
    .where(and(eq(webinars.programId, ctx.program.id), isNull(webinars.cancelledAt)))
    .orderBy(desc(webinars.createdAt), desc(webinars.id))
    .limit(1);
  return { joinUrl: latest?.joinUrl ?? null };
}
