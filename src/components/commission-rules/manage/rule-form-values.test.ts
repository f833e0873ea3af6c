import { describe, expect, it } from "vitest";
import { commissionRuleSchema } from "~/lib/validation/commission-rules";
import { emptyRuleForm, formToRule, parseTierBonuses, ruleToForm } from "./rule-form-values";

describe("formToRule", () => {
  it("turns a percent sale rule into basis points and minor units exactly", () => {
    const result = formToRule(
      {
        ...emptyRuleForm,
        name: "Standard",
        percent: "7.5",
        cap: "100.10",
        minAmount: "20",
        purchase: "first",
        countries: "pl, DE",
        tierBonuses: "gold=2.5\nsilver: 1",
        priority: "3",
      },
      "EUR",
    );
    expect(result).toEqual({
      ok: true,
      rule: {
        name: "Standard",
        event: "sale",
        basis: "percent",
        rateBps: 750,
        amount: null,
        cap: 10010n,
        priority: 3,
        tierBonusBps: { gold: 250, silver: 100 },
        conditions: {
          actionKey: undefined,
          category: "",
          minAmount: 2000,
          purchase: "first",
          countries: ["pl", "DE"],
        },
      },
    });
    expect(commissionRuleSchema.safeParse(result.ok && result.rule).success).toBe(true);
  });

  it("uses the currency's digits and forces flat amounts for other events", () => {
    const lead = formToRule(
      { ...emptyRuleForm, name: "Lead", event: "lead", amount: "1500" },
      "JPY",
    );
    expect(lead).toMatchObject({ ok: true, rule: { basis: "flat", amount: 1500n, rateBps: null } });
    expect(formToRule({ ...emptyRuleForm, event: "lead", amount: "15.5" }, "JPY")).toEqual({
      ok: false,
      errors: { amount: { key: "money", params: { digits: 0 } } },
    });
  });

  it("drops conditions the event cannot carry", () => {
    const click = formToRule(
      {
        ...emptyRuleForm,
        name: "CPC",
        event: "click",
        amount: "0.05",
        countries: "PL",
        actionKey: "x",
      },
      "USD",
    );
    expect(click.ok && click.rule.conditions).toEqual({
      actionKey: undefined,
      category: undefined,
      minAmount: undefined,
      purchase: undefined,
      countries: undefined,
    });
  });

  it("reports every bad field at once", () => {
    const result = formToRule(
      {
        ...emptyRuleForm,
        percent: "7.555",
        cap: "-1",
        minAmount: "x",
        priority: "1.5",
        tierBonuses: "gold",
      },
      "EUR",
    );
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual([
      "cap",
      "conditions.minAmount",
      "priority",
      "rateBps",
      "tierBonusBps",
    ]);
  });
});

describe("ruleToForm", () => {
  it("shows stored units as the text a person would type, and back again", () => {
    const stored = {
      name: "Big",
      event: "sale" as const,
      basis: "percent" as const,
      rateBps: 1225,
      amount: null,
      cap: 5000n,
      priority: 2,
      conditions: { minAmount: 1999, countries: ["PL"], purchase: "repeat" as const },
      tierBonusBps: { gold: 50 },
    };
    const form = ruleToForm(stored, "PLN");
    expect(form).toMatchObject({
      percent: "12.25",
      cap: "50.00",
      minAmount: "19.99",
      countries: "PL",
      tierBonuses: "gold=0.5",
    });
    const back = formToRule(form, "PLN");
    expect(back.ok && commissionRuleSchema.parse(back.rule)).toMatchObject({
      rateBps: 1225,
      cap: 5000n,
      conditions: { minAmount: 1999, countries: ["PL"], purchase: "repeat" },
      tierBonusBps: { gold: 50 },
    });
  });
});

describe("parseTierBonuses", () => {
  it("reads lines and commas, refuses anything else", () => {
    expect(parseTierBonuses("")).toEqual({});
    expect(parseTierBonuses("Gold=2; silver=0,5\n\nbronze: 1")).toEqual({
      gold: 200,
      silver: 50,
      bronze: 100,
    });
    expect(parseTierBonuses("gold=abc")).toBeNull();
    expect(parseTierBonuses("gold 2")).toBeNull();
    expect(parseTierBonuses("gold=101")).toBeNull();
  });
});
