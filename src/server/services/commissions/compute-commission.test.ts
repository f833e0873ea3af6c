import { describe, expect, it } from "vitest";
import {
  commissionFor,
  tierBonus,
  trafficCommission,
  withTierRateBonus,
} from "./compute-commission";
import { rule, saleFacts } from "./test-fixtures";
import type { Rule } from "./types";

const sale = saleFacts();

describe("commissionFor: percent of sale", () => {
  it.each([
    [10_000n, 1000, 1000n],
    [12_345n, 1000, 1235n], // 1234.5 → half up
    [12_344n, 1000, 1234n], // 1234.4
    [12_346n, 1000, 1235n],
    [1n, 5000, 1n], // 0.5 → 1
    [1n, 4999, 0n],
    [999n, 250, 25n], // 24.975
    [0n, 1000, 0n],
    [10_000n, 0, 0n],
    [10_000n, 10_000, 10_000n],
  ])("%s at %s bps → %s", (amount, rateBps, expected) => {
    expect(commissionFor(rule({ rateBps }), { ...sale, amount })).toBe(expected);
  });

  it("pays nothing without an amount or a rate", () => {
    expect(commissionFor(rule(), { ...sale, amount: null })).toBe(0n);
    expect(commissionFor(rule({ rateBps: null }), sale)).toBe(0n);
  });

  it("pays nothing for a percent rule on a non-sale event", () => {
    expect(commissionFor(rule({ event: "lead" }), { ...sale, event: "lead" })).toBe(0n);
  });

  it("adds the tier bonus in basis points", () => {
    const gold = rule({ tierBonusBps: { gold: 200, silver: 50 } });
    expect(commissionFor(gold, { ...sale, tierKey: "gold" })).toBe(1200n);
    expect(commissionFor(gold, { ...sale, tierKey: "silver" })).toBe(1050n);
    expect(commissionFor(gold, { ...sale, tierKey: "bronze" })).toBe(1000n);
    expect(commissionFor(gold, { ...sale, tierKey: null })).toBe(1000n);
    expect(commissionFor(gold, { ...sale, amount: 12_345n, tierKey: "gold" })).toBe(1481n); // 1481.4
  });

  it("caps the result", () => {
    const capped = rule({ cap: 500n, tierBonusBps: { gold: 200 } });
    expect(commissionFor(capped, sale)).toBe(500n);
    expect(commissionFor(capped, { ...sale, amount: 4000n })).toBe(400n);
    expect(commissionFor(capped, { ...sale, amount: 5000n })).toBe(500n);
    expect(commissionFor(rule({ cap: 0n }), sale)).toBe(0n);
  });

  it("never goes negative", () => {
    expect(commissionFor(rule(), { ...sale, amount: -10_000n })).toBe(0n);
    const penalty = rule({ rateBps: 100, tierBonusBps: { bad: -500 } });
    expect(commissionFor(penalty, { ...sale, tierKey: "bad" })).toBe(0n);
  });

  it("survives malformed bonus JSON", () => {
    const odd = rule({ tierBonusBps: { frac: 12.9, nan: Number.NaN } });
    expect(commissionFor(odd, { ...sale, tierKey: "frac" })).toBe(1012n);
    expect(commissionFor(odd, { ...sale, tierKey: "nan" })).toBe(1000n);
    expect(commissionFor(odd, { ...sale, tierKey: "constructor" })).toBe(1000n);
    expect(tierBonus(odd, "__proto__")).toBe(0);
  });

  it("stays exact for large amounts", () => {
    const amount = 9_007_199_254_740_993n; // above Number.MAX_SAFE_INTEGER
    expect(commissionFor(rule({ rateBps: 5000 }), { ...sale, amount })).toBe(
      4_503_599_627_370_497n,
    );
  });
});

describe("commissionFor: flat", () => {
  const flat = (o: Partial<Rule> = {}) =>
    rule({ basis: "flat", rateBps: null, amount: 500n, ...o });

  it("pays the amount per event whatever the sale amount", () => {
    expect(commissionFor(flat(), sale)).toBe(500n);
    expect(commissionFor(flat(), { ...sale, amount: null })).toBe(500n);
    for (const event of ["lead", "install", "action"] as const) {
      expect(commissionFor(flat({ event }), { ...sale, event, amount: null })).toBe(500n);
    }
  });

  it("raises the amount by the tier bonus, rounding half up", () => {
    const tiered = flat({ amount: 125n, tierBonusBps: { gold: 1000, odd: 200 } });
    expect(commissionFor(tiered, { ...sale, tierKey: "gold" })).toBe(138n); // 137.5
    expect(commissionFor(tiered, { ...sale, tierKey: "odd" })).toBe(128n); // 127.5
    expect(commissionFor(tiered, sale)).toBe(125n);
  });

  it("caps and handles a missing amount", () => {
    expect(commissionFor(flat({ cap: 300n }), sale)).toBe(300n);
    expect(commissionFor(flat({ amount: null }), sale)).toBe(0n);
    expect(commissionFor(flat({ amount: 0n }), sale)).toBe(0n);
  });
});

describe("trafficCommission", () => {
  const cpc = rule({ event: "click", basis: "flat", rateBps: null, amount: 7n });
  const cpv = rule({ event: "impression", basis: "flat", rateBps: null, amount: 250n });

  it("pays per unique click", () => {
    expect(trafficCommission(cpc, 0, null)).toBe(0n);
    expect(trafficCommission(cpc, 1, null)).toBe(7n);
    expect(trafficCommission(cpc, 1000, null)).toBe(7000n);
  });

  it("applies the tier bonus to the total, rounding once", () => {
    const tiered = { ...cpc, tierBonusBps: { gold: 500 } };
    // 7 × 3 × 1.05 = 22.05 → 22 (per click would be 7.35 → 7, × 3 = 21)
    expect(trafficCommission(tiered, 3, "gold")).toBe(22n);
    // 7 × 10 × 1.05 = 73.5 → 74
    expect(trafficCommission(tiered, 10, "gold")).toBe(74n);
    expect(trafficCommission(tiered, 10, "silver")).toBe(70n);
  });

  it("prices impressions per thousand", () => {
    expect(trafficCommission(cpv, 1000, null)).toBe(250n);
    expect(trafficCommission(cpv, 1, null)).toBe(0n); // 0.25
    expect(trafficCommission(cpv, 2, null)).toBe(1n); // 0.5 → 1
    expect(trafficCommission(cpv, 1234, null)).toBe(309n); // 308.5 → 309
    expect(trafficCommission(cpv, 1233, null)).toBe(308n); // 308.25
    const tiered = { ...cpv, tierBonusBps: { gold: 2000 } };
    expect(trafficCommission(tiered, 1000, "gold")).toBe(300n);
    expect(trafficCommission(tiered, 1001, "gold")).toBe(300n); // 300.3
  });

  it("caps one settlement", () => {
    expect(trafficCommission({ ...cpc, cap: 100n }, 1000, null)).toBe(100n);
    expect(trafficCommission({ ...cpc, cap: 100n }, 10, null)).toBe(70n);
    expect(trafficCommission({ ...cpv, cap: 1000n }, 1_000_000, null)).toBe(1000n);
  });

  it("pays nothing without an amount", () => {
    expect(trafficCommission({ ...cpc, amount: null }, 10, null)).toBe(0n);
  });

  it("rejects bad counts and non-traffic rules", () => {
    expect(() => trafficCommission(cpc, -1, null)).toThrow(RangeError);
    expect(() => trafficCommission(cpc, 1.5, null)).toThrow(RangeError);
    expect(() => trafficCommission(cpc, Number.NaN, null)).toThrow(RangeError);
    expect(() => trafficCommission(rule(), 1, null)).toThrow(RangeError);
  });
});

describe("withTierRateBonus: the tier's own bonus", () => {
  it("applies when the rule names no bonus for the partner's tier", () => {
    const plain = withTierRateBonus(rule(), "gold", 200);
    expect(plain.tierBonusBps).toEqual({ gold: 200 });
    expect(commissionFor(plain, { ...sale, tierKey: "gold" })).toBe(1200n);
    const flat = withTierRateBonus(
      rule({ basis: "flat", rateBps: null, amount: 500n }),
      "gold",
      200,
    );
    expect(commissionFor(flat, { ...sale, tierKey: "gold" })).toBe(510n);
  });

  it("lets the rule's own bonus for the key win, even a zero one", () => {
    const named = rule({ tierBonusBps: { gold: 50 } });
    expect(withTierRateBonus(named, "gold", 200)).toBe(named);
    const zero = rule({ tierBonusBps: { gold: 0 } });
    expect(commissionFor(withTierRateBonus(zero, "gold", 200), { ...sale, tierKey: "gold" })).toBe(
      1000n,
    );
  });

  it("changes nothing without a tier or a tier bonus", () => {
    const base = rule({ tierBonusBps: { silver: 100 } });
    expect(withTierRateBonus(base, null, 200)).toBe(base);
    expect(withTierRateBonus(base, "gold", 0)).toBe(base);
    expect(withTierRateBonus(base, "gold", null)).toBe(base);
    expect(withTierRateBonus(base, "gold", 300).tierBonusBps).toEqual({ silver: 100, gold: 300 });
  });

  it("raises traffic commissions too", () => {
    const cpc = rule({ event: "click", basis: "flat", rateBps: null, amount: 100n });
    expect(trafficCommission(withTierRateBonus(cpc, "gold", 200), 10, "gold")).toBe(1020n);
  });
});
