import { and, desc, eq } from "drizzle-orm";
import { enrollments, payouts, programs } from "~/server/db/schema";
import type { ActorContext } from "../context";
import { accountLabel } from "./account-label";
import { listedPayoutColumns } from "./listed-payout-columns";

/** The caller's own payouts in every program (or one), newest first. */
export async function listPartnerPayouts(
  ctx: ActorContext,
  query: { programId?: string; limit: number },
) {
  const rows = await ctx.db
    .select({ ...listedPayoutColumns, programId: payouts.programId, programName: programs.name })
    .from(payouts)
    .innerJoin(enrollments, eq(enrollments.id, payouts.enrollmentId))
    .innerJoin(programs, eq(programs.id, payouts.programId))
    .where(
      and(
        eq(enrollments.partnerId, ctx.userId),
        query.programId ? eq(payouts.programId, query.programId) : undefined,
      ),
    )
    .orderBy(desc(payouts.requestedAt), desc(payouts.id))
    .limit(query.limit);
  return rows.map(({ details, batchId, ...row }) => ({
    ...row,
    account: accountLabel(row.method, details),
    cancellable: row.status === "requested" && batchId === null,
  }));
}
