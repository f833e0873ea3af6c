import type { PartnerContext } from "../../context";
import { balanceOf } from "../../ledger/balances";
import { previousPeriod } from "~/lib/period";
import { resolvePeriod } from "./period";
import { dashboardInput, dashboardScope, type DashboardInput } from "./scope";
import { readTotals } from "./totals";

/**
 * The dashboard's headline: the partner's totals over the range and the period of equal length
 * before it (for the ▲/▼ deltas), from the rollups only, and their balance in the program's
 * currency (pending; approved, whether or not already in a requested payout; paid).
 */
export async function dashboardSummary(
  ctx: PartnerContext,
  input: DashboardInput,
  now = new Date(),
) {
  const { range } = dashboardInput.parse(input);
  const programId = ctx.program.id;
  const scope = dashboardScope(ctx);
  const period = resolvePeriod(range, now);
  const previous = previousPeriod(period);
  const [totals, balance] = await Promise.all([
    readTotals(ctx.db, { programId, enrollmentId: scope.enrollmentId }, period, previous),
    balanceOf(ctx.db, { id: scope.enrollmentId, currency: scope.program.currency }),
  ]);
  return {
    program: scope.program,
    period: { granularity: period.granularity, from: period.from, to: period.to },
    previousPeriod: { from: previous.from, to: previous.to },
    totals: totals.current,
    previous: totals.previous,
    earnings: {
      pending: balance.pending,
      approved: balance.available + balance.inPayout,
      paid: balance.paid,
    },
  };
}
