import { describe, expect, it } from "vitest";
import type { Rule } from "../commissions/types";
import { trafficCommissions, type TrafficDay } from "./traffic-entries";

const rule = (overrides: Partial<Rule>): Rule => ({
  id: "rule",
  event: "click",
  basis: "flat",
  rateBps: null,
  amount: 5n,
  conditions: {},
  tierBonusBps: {},
  cap: null,
  priority: 0,
  active: true,
  ...overrides,
});

const day = (overrides: Partial<TrafficDay> = {}): TrafficDay => ({
  programId: "p1",
  enrollmentId: "e1",
  tierKey: null,
  paidClicks: 0,
  paidImpressions: 0,
  ...overrides,
});

describe("trafficCommissions", () => {
  const rules = new Map([
    [
      "p1",
      [
        rule({ id: "cpc", event: "click", amount: 7n }),
        rule({ id: "cpv", event: "impression", amount: 250n }),
      ],
    ],
  ]);

  it("pays clicks per click and impressions per thousand, rounded once on the day", () => {
    expect(trafficCommissions([day({ paidClicks: 12, paidImpressions: 1_002 })], rules)).toEqual([
      {
        programId: "p1",
        enrollmentId: "e1",
        event: "click",
        count: 12,
        ruleId: "cpc",
        amount: 84n,
      },
      // 250 × 1002 / 1000 = 250.5 → 251 (half-up)
      {
        programId: "p1",
        enrollmentId: "e1",
        event: "impression",
        count: 1_002,
        ruleId: "cpv",
        amount: 251n,
      },
    ]);
  });

  it("leaves out zero counts, zero amounts and programs without traffic rules", () => {
    expect(trafficCommissions([day({ paidImpressions: 1 })], rules)).toEqual([]);
    expect(trafficCommissions([day({ programId: "p2", paidClicks: 50 })], rules)).toEqual([]);
    expect(trafficCommissions([day()], rules)).toEqual([]);
  });

  it("uses the highest-priority active rule and the partner's tier bonus", () => {
    const tiered = new Map([
      [
        "p1",
        [
          rule({ id: "low", amount: 1n }),
          rule({ id: "high", amount: 10n, priority: 5, tierBonusBps: { gold: 5_000 } }),
          rule({ id: "off", amount: 99n, priority: 9, active: false }),
        ],
      ],
    ]);
    const [gold] = trafficCommissions([day({ paidClicks: 3, tierKey: "gold" })], tiered);
    expect(gold).toMatchObject({ ruleId: "high", amount: 45n });
  });
});
