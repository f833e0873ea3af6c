import type { ProgramContext } from "../context";
import type { PreviewInput } from "./contest-input";
import { metricValues } from "./metric-values";
import { previewThresholds } from "./rules/threshold-preview";
import { utcToday } from "~/lib/dates";
import { comparablePeriod } from "./status";

/**
 * What the contest would have looked like over the last comparable period, among the partners
 * it would admit today: how many reached each milestone, what each prized rank took, and a
 * warning for a threshold nobody reached.
 */
export async function previewContest(ctx: ProgramContext, input: PreviewInput, today = utcToday()) {
  const period = comparablePeriod(input.startsOn, input.endsOn, today);
  const totals = await metricValues(
    ctx.db,
    { programId: ctx.program.id, metric: input.metric, eligibleTierKeys: input.eligibleTierKeys },
    period,
  );
  const preview = previewThresholds(
    totals,
    input.prizes,
    input.milestones.map((m) => BigInt(m.threshold)),
  );
  return {
    period,
    participants: preview.participants,
    prizes: preview.prizes,
    milestones: preview.milestones.map((m, i) => ({
      ...m,
      label: input.milestones[i]?.label ?? "",
    })),
  };
}
