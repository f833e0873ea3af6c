import { describe, expect, it } from "vitest";
import { resetEnvForTests } from "~/env";
import type { Rule } from "../commissions/types";
import { planCommissions, type CommissionSubject } from "./plan-commissions";
import { customerHash } from "./customer-hash";

resetEnvForTests({ TRACKING_SECRET: "unit-test-tracking-secret" });

const rule: Rule = {
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
};
const subject = (overrides: Partial<CommissionSubject> = {}): CommissionSubject => ({
  type: "sale",
  amount: 10_000n,
  actionKey: null,
  metadata: {},
  country: null,
  customerHash: null,
  occurredAt: new Date(),
  enrollment: { id: "seller", tierKey: null, referredById: "middle" },
  ...overrides,
});
const upline = [
  { enrollmentId: "middle", approved: true, email: "middle@example.com" },
  { enrollmentId: "top", approved: true, email: "top@example.com" },
];
const program = { overrideBps: [1000, 500] };
const plan = (s: CommissionSubject, members = upline) =>
  planCommissions(program, s, [rule], { isFirstPurchase: true, upline: members }).map((e) => [
    e.enrollmentId,
    e.level,
    e.amount,
  ]);

describe("planCommissions", () => {
  it("pays the partner and each recruiter level", () => {
    expect(plan(subject())).toEqual([
      ["seller", 0, 1000n],
      ["middle", 1, 100n],
      ["top", 2, 50n],
    ]);
  });

  it("forfeits the level of a recruiter not approved or buying for themselves", () => {
    const [middle, top] = upline;
    expect(plan(subject(), [{ ...middle!, approved: false }, top!])).toEqual([
      ["seller", 0, 1000n],
      ["top", 2, 50n],
    ]);
    const own = subject({ customerHash: customerHash("TOP@example.com") });
    expect(plan(own)).toEqual([
      ["seller", 0, 1000n],
      ["middle", 1, 100n],
    ]);
  });

  it("pays nothing without a matching rule and no overrides on other events", () => {
    expect(planCommissions(program, subject(), [], { isFirstPurchase: true, upline })).toEqual([]);
    const lead = subject({ type: "lead", amount: null });
    const flat: Rule = { ...rule, event: "lead", basis: "flat", rateBps: null, amount: 300n };
    expect(
      planCommissions(program, lead, [flat], { isFirstPurchase: true, upline }).map((e) => e.level),
    ).toEqual([0]);
  });
});
