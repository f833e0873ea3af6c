import type { RuleConditions } from "~/server/db/schema";

/**
 * The shapes the pure commission maths work on. They carry only what the maths need, so the
 * services can pass database rows (a Rule is a subset of a commission_rules row) and the unit
 * tests can build them by hand.
 */
export type CommissionEvent = "sale" | "lead" | "install" | "action" | "click" | "impression";

export type Rule = {
  id: string;
  event: CommissionEvent;
  basis: "percent" | "flat";
  rateBps: number | null;
  amount: bigint | null;
  conditions: RuleConditions;
  tierBonusBps: Record<string, number>;
  cap: bigint | null;
  priority: number;
  active: boolean;
};

export type ConversionFacts = {
  event: CommissionEvent;
  amount: bigint | null;
  actionKey: string | null;
  category: string | null;
  isFirstPurchase: boolean;
  country: string | null;
  tierKey: string | null;
};

export type OverrideShare = { level: number; beneficiaryId: string; amount: bigint };
