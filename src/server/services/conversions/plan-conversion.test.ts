import { describe, expect, it } from "vitest";
import { resetEnvForTests } from "~/env";
import type { Program } from "../program";
import type { ConversionFacts } from "./conversion-facts-parse";
import { planConversion } from "./plan-conversion";

resetEnvForTests({ TRACKING_SECRET: "unit-test-tracking-secret" });

// Only the settings planConversion reads.
const program = {
  id: "p1",
  overrideBps: [1000],
  holdPeriodDays: 30,
  clickBurstLimit: 100,
  minClickToSaleSeconds: 10,
} as Program;
const now = new Date("2026-03-01T12:00:00Z");
const facts = (billable: boolean, clickAgoMs = 60_000): ConversionFacts => ({
  existing: null,
  attribution: {
    source: "click",
    enrollment: { id: "seller", status: "approved", tierKey: null, referredById: "up" },
    partnerEmail: "seller@example.com",
    promoCodeId: null,
    click: {
      id: "k1",
      occurredAt: new Date(now.getTime() - clickAgoMs),
      ipHash: "ip",
      subId: "newsletter",
    },
    linkId: "l1",
    billable,
  },
  sourceClicks: 1,
  isFirstPurchase: true,
  upline: [{ enrollmentId: "up", approved: true, email: "up@example.com" }],
  rules: [
    {
      id: "r1",
      event: "sale",
      basis: "percent",
      rateBps: 1000,
      amount: null,
      conditions: {},
      tierBonusBps: {},
      cap: null,
      priority: 0,
      active: true,
    },
  ],
});
const input = { type: "sale" as const, external_id: "o-1", amount: 10_000, currency: "EUR" };
const known = { occurredAt: now, customerHash: null, requestHash: "h", now };

describe("planConversion", () => {
  it("plans the row, the commissions with their hold and the rollup counts", () => {
    const plan = planConversion(program, input, facts(true), known);
    expect(plan.row).toMatchObject({
      programId: "p1",
      enrollmentId: "seller",
      clickId: "k1",
      amount: 10_000n,
      fraudFlags: [],
      reviewStatus: "none",
    });
    expect(plan.entries.map((e) => [e.enrollmentId, e.level, e.amount])).toEqual([
      ["seller", 0, 1000n],
      ["up", 1, 100n],
    ]);
    expect(plan.holdUntil).toEqual(new Date("2026-03-31T12:00:00Z"));
    expect(plan.increment).toMatchObject({
      enrollmentId: "seller",
      linkId: "l1",
      subId: "newsletter",
      counters: { sales: 1, revenue: 10_000n, commission: 1000n },
    });
  });

  it("records an unbillable attribution without commissions, and flags a fast sale", () => {
    const unpaid = planConversion(program, input, facts(false), known);
    expect(unpaid.entries).toEqual([]);
    expect(unpaid.increment.counters).toMatchObject({ sales: 1, commission: 0n });
    const fast = planConversion(program, input, facts(true, 2_000), known);
    expect(fast.row).toMatchObject({ fraudFlags: ["fast_conversion"], reviewStatus: "flagged" });
  });
});
