import { describe, expect, it } from "vitest";
import { parseFacts, type RawFacts } from "./conversion-facts-parse";

const enrollment = (status = "approved") => ({
  id: "e1",
  status,
  tier_key: "gold",
  referred_by_id: "e0",
  email: "partner@example.com",
});
const click = (overrides: Partial<NonNullable<RawFacts["click"]>> = {}) => ({
  id: "k1",
  occurredMs: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
  ipHash: "ip",
  billable: true,
  linkId: "l1",
  subId: "newsletter" as string | null,
  linkDisabled: false,
  enrollment: enrollment(),
  sourceClicks: 4,
  ...overrides,
});
const raw = (overrides: Partial<RawFacts> = {}): RawFacts => ({
  existing: null,
  promo: null,
  click: null,
  upline: [],
  firstPurchase: true,
  rules: [],
  ...overrides,
});

describe("parseFacts", () => {
  it("attributes to the promo code when there is one, paying only an approved partner", () => {
    const promo = { ...enrollment(), promo_code_id: "p1" };
    expect(parseFacts(raw({ promo })).attribution).toEqual({
      source: "promo_code",
      enrollment: { id: "e1", status: "approved", tierKey: "gold", referredById: "e0" },
      partnerEmail: "partner@example.com",
      promoCodeId: "p1",
      click: null,
      linkId: null,
      billable: true,
    });
    const suspended = { ...enrollment("suspended"), promo_code_id: "p1" };
    expect(parseFacts(raw({ promo: suspended })).attribution.billable).toBe(false);
  });

  it("attributes to the click with its time, and pays only a billable click of an enabled link", () => {
    const facts = parseFacts(raw({ click: click() }));
    expect(facts.attribution).toMatchObject({
      source: "click",
      click: {
        id: "k1",
        occurredAt: new Date("2026-01-02T03:04:05.678Z"),
        ipHash: "ip",
        subId: "newsletter",
      },
      linkId: "l1",
      billable: true,
    });
    expect(facts.sourceClicks).toBe(4);
    for (const unpaid of [
      click({ billable: false }),
      click({ linkDisabled: true }),
      click({ enrollment: enrollment("applied") }),
    ]) {
      expect(parseFacts(raw({ click: unpaid })).attribution.billable).toBe(false);
    }
  });

  it("attributes to nobody without a promo code or click", () => {
    const facts = parseFacts(raw());
    expect(facts.attribution).toMatchObject({ source: "none", enrollment: null, billable: false });
    expect(facts.sourceClicks).toBe(0);
  });

  it("restores money as bigint and times as dates", () => {
    const facts = parseFacts(
      raw({
        existing: {
          id: "c1",
          type: "sale",
          actionKey: null,
          externalId: "o-1",
          amount: "9007199254740993",
          currency: "EUR",
          occurredMs: 0,
          attribution: "click",
          enrollmentId: "e1",
          clickId: "k1",
          reviewStatus: "none",
          fraudFlags: [],
          requestHash: "h",
          entries: [{ enrollmentId: "e1", level: 0, amount: "12", status: "pending" }],
        },
        rules: [
          {
            id: "r1",
            event: "sale",
            basis: "flat",
            rateBps: null,
            amount: "500",
            conditions: {},
            tierBonusBps: {},
            cap: null,
            priority: 0,
            active: true,
          },
        ],
      }),
    );
    expect(facts.existing).toMatchObject({
      amount: 9007199254740993n,
      occurredAt: new Date(0),
      entries: [{ amount: 12n }],
    });
    expect(facts.rules[0]).toMatchObject({ amount: 500n, cap: null });
  });
});

describe("parseFacts: the tier's own rate bonus", () => {
  const rule = {
    id: "r1",
    event: "sale" as const,
    basis: "percent" as const,
    rateBps: 1000,
    amount: null,
    conditions: {},
    tierBonusBps: { silver: 100 },
    cap: null,
    priority: 0,
    active: true,
  };

  it("gives the attributed partner's tier bonus to rules that name none for the tier", () => {
    const gold = { ...enrollment(), tier_bonus_bps: 200 };
    const facts = parseFacts(raw({ click: click({ enrollment: gold }), rules: [rule] }));
    expect(facts.rules[0]?.tierBonusBps).toEqual({ silver: 100, gold: 200 });
    const named = { ...rule, tierBonusBps: { gold: 50 } };
    const promo = { ...gold, promo_code_id: "p1" };
    expect(parseFacts(raw({ promo, rules: [named] })).rules[0]?.tierBonusBps).toEqual({ gold: 50 });
    expect(parseFacts(raw({ rules: [rule] })).rules[0]?.tierBonusBps).toEqual({ silver: 100 });
  });
});
