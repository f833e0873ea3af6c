import { describe, expect, expectTypeOf, it } from "vitest";
import type { commissionRules } from "~/server/db/schema";
import { selectRule } from "./select-rule";
import { rule, saleFacts } from "./test-fixtures";
import type { Rule } from "./types";

const sale = saleFacts({ category: "shoes", country: "PL" });

describe("selectRule", () => {
  it("accepts a database row as a Rule", () => {
    expectTypeOf<typeof commissionRules.$inferSelect>().toExtend<Rule>();
  });

  it("returns null without a matching rule", () => {
    expect(selectRule([], sale)).toBeNull();
    expect(selectRule([rule({ event: "lead" })], sale)).toBeNull();
    expect(selectRule([rule({ active: false })], sale)).toBeNull();
  });

  it("picks the highest priority, ties to the earlier rule", () => {
    const low = rule({ id: "low", priority: 1 });
    const high = rule({ id: "high", priority: 5 });
    const highToo = rule({ id: "highToo", priority: 5 });
    expect(selectRule([low, high, highToo], sale)?.id).toBe("high");
    expect(selectRule([highToo, low, high], sale)?.id).toBe("highToo");
    expect(selectRule([rule({ id: "a" }), rule({ id: "b" })], sale)?.id).toBe("a");
    expect(selectRule([rule({ id: "neg", priority: -1 })], sale)?.id).toBe("neg");
  });

  it("skips a higher-priority rule that is inactive or does not match", () => {
    const base = rule({ id: "base" });
    const off = rule({ id: "off", priority: 9, active: false });
    const other = rule({ id: "other", priority: 9, conditions: { category: "hats" } });
    expect(selectRule([off, other, base], sale)?.id).toBe("base");
  });

  it("matches the action key", () => {
    const signup = rule({ event: "action", basis: "flat", conditions: { actionKey: "signup" } });
    const action = { ...sale, event: "action" as const, amount: null };
    expect(selectRule([signup], { ...action, actionKey: "signup" })).toBe(signup);
    expect(selectRule([signup], { ...action, actionKey: "trial" })).toBeNull();
    expect(selectRule([signup], { ...action, actionKey: null })).toBeNull();
  });

  it("matches the category", () => {
    const shoes = rule({ conditions: { category: "shoes" } });
    expect(selectRule([shoes], sale)).toBe(shoes);
    expect(selectRule([shoes], { ...sale, category: "hats" })).toBeNull();
    expect(selectRule([shoes], { ...sale, category: null })).toBeNull();
  });

  it("matches the minimum amount, inclusive, failing without an amount", () => {
    const min = rule({ conditions: { minAmount: 5000 } });
    expect(selectRule([min], { ...sale, amount: 5000n })).toBe(min);
    expect(selectRule([min], { ...sale, amount: 4999n })).toBeNull();
    expect(selectRule([min], { ...sale, amount: null })).toBeNull();
    const fractional = rule({ conditions: { minAmount: 49.5 } });
    expect(selectRule([fractional], { ...sale, amount: 50n })).toBe(fractional);
    expect(selectRule([fractional], { ...sale, amount: 49n })).toBeNull();
    const zero = rule({ conditions: { minAmount: 0 } });
    expect(selectRule([zero], { ...sale, amount: 0n })).toBe(zero);
  });

  it("matches first versus repeat purchases", () => {
    const first = rule({ id: "first", conditions: { purchase: "first" } });
    const repeat = rule({ id: "repeat", conditions: { purchase: "repeat" } });
    expect(selectRule([first, repeat], sale)?.id).toBe("first");
    expect(selectRule([first, repeat], { ...sale, isFirstPurchase: false })?.id).toBe("repeat");
  });

  it("matches the country list, case-insensitively, failing without a country", () => {
    const eu = rule({ conditions: { countries: ["PL", "de"] } });
    expect(selectRule([eu], sale)).toBe(eu);
    expect(selectRule([eu], { ...sale, country: "DE" })).toBe(eu);
    expect(selectRule([eu], { ...sale, country: "pl" })).toBe(eu);
    expect(selectRule([eu], { ...sale, country: "US" })).toBeNull();
    expect(selectRule([eu], { ...sale, country: null })).toBeNull();
    const anywhere = rule({ conditions: { countries: [] } });
    expect(selectRule([anywhere], { ...sale, country: null })).toBe(anywhere);
  });

  it("requires every condition at once", () => {
    const strict = rule({
      conditions: { category: "shoes", minAmount: 100, purchase: "first", countries: ["PL"] },
    });
    expect(selectRule([strict], sale)).toBe(strict);
    expect(selectRule([strict], { ...sale, isFirstPurchase: false })).toBeNull();
    expect(selectRule([strict], { ...sale, country: "FR" })).toBeNull();
    expect(selectRule([strict], { ...sale, amount: 99n })).toBeNull();
    expect(selectRule([strict], { ...sale, category: "hats" })).toBeNull();
  });
});
