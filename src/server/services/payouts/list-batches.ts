import { count, desc, eq, sql } from "drizzle-orm";
import { payoutBatches, payouts, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";

/** The program's payout batches, newest first, with how many payouts are paid so far. */
export async function listPayoutBatches(ctx: ProgramContext, query: { limit: number }) {
  const rows = await ctx.db
    .select({
      id: payoutBatches.id,
      createdAt: payoutBatches.createdAt,
      createdBy: users.email,
      payouts: count(payouts.id),
      paid: sql<number>`count(*) filter (where ${payouts.status} = 'paid')`.mapWith(Number),
      total: sql<string>`coalesce(sum(${payouts.amount}) filter (where ${payouts.status} <> 'cancelled'), 0)::text`,
    })
    .from(payoutBatches)
    .leftJoin(payouts, eq(payouts.batchId, payoutBatches.id))
    .leftJoin(users, eq(users.id, payoutBatches.createdBy))
    .where(eq(payoutBatches.programId, ctx.program.id))
    .groupBy(payoutBatches.id, users.email)
    .orderBy(desc(payoutBatches.createdAt), desc(payoutBatches.id))
    .limit(query.limit);
  return rows.map((row) => ({ ...row, total: BigInt(row.total), currency: ctx.program.currency }));
}
