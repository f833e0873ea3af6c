import type { ConversionFacts, Rule } from "./types";

/** An active 10 % rule on sales, without conditions, cap or tier bonus, changed by `overrides`. */
export function rule(overrides: Partial<Rule> = {}): Rule {
  return {
    id: "r",
    event: "sale",
    basis: "percent",
    rateBps: 1000,
    amount: null,
    conditions: {},
    tierBonusBps: {},
    cap: null,
    priority: 0,
    active: true,
    ...overrides,
  };
}

/** A first purchase of 100.00 by a partner without a tier, changed by `overrides`. */
export function saleFacts(overrides: Partial<ConversionFacts> = {}): ConversionFacts {
  return {
    event: "sale",
    amount: 10_000n,
    actionKey: null,
    category: null,
    isFirstPurchase: true,
    country: null,
    tierKey: null,
    ...overrides,
  };
}
