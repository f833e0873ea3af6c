import type { ProgramContext } from "../context";
import { defaultContestWindow, suggestContestRewards } from "./contest-defaults-rules";
import { metricValues } from "./metric-values";
import { utcToday } from "~/lib/dates";
import { comparablePeriod } from "./status";

/**
 * What the new-contest form starts from: a revenue contest over this month (or next, late in
 * the month) with prizes and milestones set from the same comparable period, and the same
 * partners, as the fairness preview will show for it. Thresholds travel as decimal strings of
 * minor units, like the contest input.
 */
export async function contestDefaults(ctx: ProgramContext, today = utcToday()) {
  const metric = "revenue" as const;
  const window = defaultContestWindow(today);
  const period = comparablePeriod(window.startsOn, window.endsOn, today);
  const totals = await metricValues(
    ctx.db,
    { programId: ctx.program.id, metric, eligibleTierKeys: [] },
    period,
  );
  const rewards = suggestContestRewards(totals.map((t) => t.value));
  return {
    metric,
    ...window,
    period,
    participants: rewards.participants,
    prizes: rewards.prizes,
    milestones: rewards.milestones.map((m) => ({ ...m, threshold: m.threshold.toString() })),
  };
}
