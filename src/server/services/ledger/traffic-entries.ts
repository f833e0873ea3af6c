import { trafficCommission, withTierRateBonus } from "../commissions/compute-commission";
import { selectRule } from "../commissions/select-rule";
import type { ConversionFacts, Rule } from "../commissions/types";

/** One partner's paid traffic on one UTC day, from the daily rollup. */
export type TrafficDay = {
  programId: string;
  enrollmentId: string;
  tierKey: string | null;
  /** The rate bonus of the program's tier named by tierKey, when the rule names none. */
  tierBonusBps?: number | null;
  paidClicks: number;
  paidImpressions: number;
};

export type TrafficCommission = {
  programId: string;
  enrollmentId: string;
  event: "click" | "impression";
  count: number;
  ruleId: string;
  amount: bigint;
};

const trafficFacts = (event: "click" | "impression", tierKey: string | null): ConversionFacts => ({
  event,
  amount: null,
  actionKey: null,
  category: null,
  isFirstPurchase: false,
  country: null,
  tierKey,
});

/**
 * The CPC and CPV commissions a day of traffic earns: per partner and event, the program's
 * rule for that event (selectRule: highest priority among active, matching rules) priced by
 * trafficCommission on the day's whole count. Zero amounts are left out (the ledger holds no
 * zero rows). Pure: the settlement job reads the rollups and writes what this returns.
 */
export function trafficCommissions(
  days: readonly TrafficDay[],
  rulesByProgram: ReadonlyMap<string, readonly Rule[]>,
): TrafficCommission[] {
  const result: TrafficCommission[] = [];
  for (const day of days) {
    const rules = rulesByProgram.get(day.programId) ?? [];
    for (const [event, count] of [
      ["click", day.paidClicks],
      ["impression", day.paidImpressions],
    ] as const) {
      if (count <= 0) continue;
      const rule = selectRule(rules, trafficFacts(event, day.tierKey));
      if (!rule) continue;
      const priced = withTierRateBonus(rule, day.tierKey, day.tierBonusBps);
      const amount = trafficCommission(priced, count, day.tierKey);
      if (amount <= 0n) continue;
      result.push({
        programId: day.programId,
        enrollmentId: day.enrollmentId,
        event,
        count,
        ruleId: rule.id,
        amount,
      });
    }
  }
  return result;
}
