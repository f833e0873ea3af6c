import { and, asc, eq, inArray } from "drizzle-orm";
import { enrollments, payoutDetails, payouts, programs } from "~/server/db/schema";
import type { ActorContext } from "~/server/services/context";
import { detailsCoolingUntil, payoutEligibility } from "./eligibility";
import { balancesFor, zeroBalance } from "~/server/services/ledger/balances";

/**
 * The caller's balance in every program they belong to, with the open payout request if any
 * and whether they may request one now (and why not).
 */
export async function partnerBalances(ctx: ActorContext) {
  const rows = await ctx.db
    .select({
      enrollmentId: enrollments.id,
      status: enrollments.status,
      programId: programs.id,
      slug: programs.slug,
      name: programs.name,
      currency: programs.currency,
      payoutThreshold: programs.payoutThreshold,
      holdPeriodDays: programs.holdPeriodDays,
      payoutCoolingDays: programs.payoutCoolingDays,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(
      and(
        eq(enrollments.partnerId, ctx.userId),
        inArray(enrollments.status, ["approved", "suspended"]),
      ),
    )
    .orderBy(asc(programs.name));
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.enrollmentId);
  const [balances, open, [details]] = await Promise.all([
    balancesFor(
      ctx.db,
      rows.map((row) => ({ id: row.enrollmentId, currency: row.currency })),
    ),
    ctx.db
      .select({
        id: payouts.id,
        enrollmentId: payouts.enrollmentId,
        amount: payouts.amount,
        currency: payouts.currency,
        requestedAt: payouts.requestedAt,
        batchId: payouts.batchId,
      })
      .from(payouts)
      .where(and(inArray(payouts.enrollmentId, ids), eq(payouts.status, "requested"))),
    ctx.db
      .select({ userId: payoutDetails.userId, changedAt: payoutDetails.changedAt })
      .from(payoutDetails)
      .where(eq(payoutDetails.userId, ctx.userId)),
  ]);
  const openByEnrollment = new Map(open.map((payout) => [payout.enrollmentId, payout]));
  const now = new Date();

  return rows.map(({ enrollmentId, ...program }) => {
    const balance = balances.get(enrollmentId) ?? zeroBalance();
    const openPayout = openByEnrollment.get(enrollmentId) ?? null;
    return {
      program,
      balance,
      openPayout: openPayout && { ...openPayout, cancellable: openPayout.batchId === null },
      eligibility: payoutEligibility({
        available: balance.available,
        threshold: program.payoutThreshold,
        hasDetails: details !== undefined,
        hasOpenRequest: openPayout !== null,
        suspended: program.status === "suspended",
        coolingUntil: detailsCoolingUntil(details?.changedAt ?? null, program.payoutCoolingDays),
        now,
      }),
    };
  });
}
