import { describe, expect, it } from "vitest";
import {
  bpsToPercent,
  commissionRuleSchema,
  overrideLevelsSchema,
  percentToBps,
} from "./commission-rules";

const sale = { name: "Standard", event: "sale", basis: "percent", rateBps: 750 } as const;

function issues(input: unknown) {
  const result = commissionRuleSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("commissionRuleSchema", () => {
  it("keeps only the field of the chosen basis and fills defaults", () => {
    expect(commissionRuleSchema.parse({ ...sale, amount: 500n })).toEqual({
      ...sale,
      amount: null,
      cap: null,
      conditions: {},
      tierBonusBps: {},
      priority: 0,
    });
    expect(
      commissionRuleSchema.parse({
        name: "Lead",
        event: "lead",
        basis: "flat",
        amount: 300n,
        rateBps: 5,
      }),
    ).toMatchObject({ rateBps: null, amount: 300n });
  });

  it("takes percentages for sales only and requires the rate or amount", () => {
    expect(issues({ ...sale, event: "lead" })).toEqual({ basis: "validation.percentSalesOnly" });
    expect(issues({ ...sale, rateBps: undefined })).toEqual({ rateBps: "validation.rateRequired" });
    expect(issues({ name: "x", event: "click", basis: "flat" })).toEqual({
      amount: "validation.amountRequired",
    });
    expect(issues({ ...sale, rateBps: 10_001 })).toHaveProperty("rateBps");
    expect(issues({ name: "x", event: "lead", basis: "flat", amount: -1n })).toHaveProperty(
      "amount",
    );
  });

  it("normalises conditions and drops blank ones", () => {
    const parsed = commissionRuleSchema.parse({
      ...sale,
      conditions: {
        category: " ",
        countries: ["pl", "PL", " de "],
        minAmount: 1000,
        purchase: "first",
      },
      tierBonusBps: { Gold: 200 },
    });
    expect(parsed.conditions).toEqual({
      countries: ["PL", "DE"],
      minAmount: 1000,
      purchase: "first",
    });
    expect(parsed.tierBonusBps).toEqual({ gold: 200 });
    expect(
      commissionRuleSchema.parse({ ...sale, conditions: { countries: [] } }).conditions,
    ).toEqual({});
  });

  it("refuses conditions the event cannot have", () => {
    expect(issues({ ...sale, conditions: { actionKey: "signup" } })).toEqual({
      "conditions.actionKey": "validation.conditionNotForEvent",
    });
    expect(
      issues({ name: "x", event: "lead", basis: "flat", amount: 1n, conditions: { minAmount: 5 } }),
    ).toEqual({ "conditions.minAmount": "validation.conditionNotForEvent" });
    expect(
      issues({
        name: "x",
        event: "click",
        basis: "flat",
        amount: 1n,
        conditions: { countries: ["PL"] },
      }),
    ).toEqual({ "conditions.countries": "validation.conditionNotForEvent" });
    expect(
      issues({
        name: "x",
        event: "action",
        basis: "flat",
        amount: 1n,
        conditions: { actionKey: "a b" },
      }),
    ).toEqual({ "conditions.actionKey": "validation.actionKey" });
    expect(issues({ ...sale, conditions: { countries: ["POL"] } })).toEqual({
      "conditions.countries.0": "validation.country",
    });
    expect(issues({ ...sale, conditions: { surprise: true } })).toHaveProperty("conditions");
  });

  it("refuses bad tier keys", () => {
    expect(issues({ ...sale, tierBonusBps: { "gold star": 100 } })).not.toEqual({});
  });
});

describe("percentages", () => {
  it.each([
    ["7.5", 750],
    ["7,5", 750],
    ["0", 0],
    ["100", 10_000],
    ["12.25%", 1225],
    ["0.01", 1],
  ] as const)("%j is %i bps", (text, bps) => {
    expect(percentToBps(text)).toBe(bps);
    expect(percentToBps(bpsToPercent(bps))).toBe(bps);
  });

  it.each(["100.01", "-1", "7.555", "", "abc", "1e2"])("refuses %j", (text) => {
    expect(percentToBps(text)).toBeNull();
  });

  it("shows basis points as a short percentage", () => {
    expect([bpsToPercent(750), bpsToPercent(1000), bpsToPercent(1), bpsToPercent(1225)]).toEqual([
      "7.5",
      "10",
      "0.01",
      "12.25",
    ]);
  });
});

describe("overrideLevelsSchema", () => {
  it("takes up to five levels summing to at most 100 %", () => {
    expect(overrideLevelsSchema.parse([1000, 500])).toEqual([1000, 500]);
    expect(overrideLevelsSchema.parse([])).toEqual([]);
    expect(overrideLevelsSchema.safeParse([1, 1, 1, 1, 1, 1]).success).toBe(false);
    expect(overrideLevelsSchema.safeParse([6000, 5000]).success).toBe(false);
    expect(overrideLevelsSchema.safeParse([1.5]).success).toBe(false);
  });
});
