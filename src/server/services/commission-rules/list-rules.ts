import { asc, desc, eq } from "drizzle-orm";
import { commissionRules } from "~/server/db/schema";
import type { ProgramContext } from "../context";

/**
 * The program's commission rules, active first, then by event and priority (the order in
 * which they compete), with the program's multi-level override levels.
 */
export async function listCommissionRules(ctx: ProgramContext) {
  const rules = await ctx.db
    .select()
    .from(commissionRules)
    .where(eq(commissionRules.programId, ctx.program.id))
    .orderBy(
      desc(commissionRules.active),
      asc(commissionRules.event),
      desc(commissionRules.priority),
      asc(commissionRules.createdAt),
    );
  return {
    currency: ctx.program.currency,
    overrideBps: ctx.program.overrideBps,
    rules,
  };
}
