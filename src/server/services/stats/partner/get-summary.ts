import type { PartnerContext } from "../../context";
import { previousPeriod } from "~/lib/period";
import { resolvePeriod } from "./period";
import { dashboardInput, dashboardScope, type DashboardInput } from "./scope";
import { readTotals } from "./totals";

/**
 * The dashboard's headline: the partner's totals over the range and the period of equal length
 * before it (for the ▲/▼ deltas), from the rollups only. (The balance is on the home's first
 * screen, partner.dashboard.home: not read again on every refetch of the range's figures.)
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
  const totals = await readTotals(
    ctx.db,
    { programId, enrollmentId: scope.enrollmentId },
    period,
    previous,
  );
  return {
    program: scope.program,
    period: { granularity: period.granularity, from: period.from, to: period.to },
    previousPeriod: { from: previous.from, to: previous.to },
    totals: totals.current,
    previous: totals.previous,
  };
}
