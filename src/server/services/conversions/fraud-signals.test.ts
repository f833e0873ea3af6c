import { describe, expect, it } from "vitest";
import { fraudFlags, isDisposableEmail, type FraudFacts } from "./fraud-signals";

const at = (seconds: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, seconds));

const clean: FraudFacts = {
  type: "sale",
  customer: "buyer@example.com",
  customerHash: "customer",
  partnerEmailHash: "partner",
  occurredAt: at(50),
  click: { occurredAt: at(0) },
  sourceClicks: 3,
  clickBurstLimit: 20,
  minClickToSaleSeconds: 10,
};

describe("fraudFlags", () => {
  it("raises nothing for an ordinary sale", () => {
    expect(fraudFlags(clean)).toEqual([]);
  });

  it("flags a partner buying through their own link", () => {
    expect(fraudFlags({ ...clean, customerHash: "partner" })).toEqual(["self_referral"]);
    expect(fraudFlags({ ...clean, customerHash: null, partnerEmailHash: null })).toEqual([]);
  });

  it("flags more clicks from one source than the burst limit, not exactly the limit", () => {
    expect(fraudFlags({ ...clean, sourceClicks: 20 })).toEqual([]);
    expect(fraudFlags({ ...clean, sourceClicks: 21 })).toEqual(["click_burst"]);
    expect(fraudFlags({ ...clean, click: null, sourceClicks: 99 })).toEqual([]);
  });

  it("flags disposable email domains", () => {
    expect(fraudFlags({ ...clean, customer: "x@Mailinator.com" })).toEqual(["disposable_email"]);
    expect(fraudFlags({ ...clean, customer: "customer-4711" })).toEqual([]);
  });

  it("flags a sale sooner after its click than the threshold, only for sales", () => {
    expect(fraudFlags({ ...clean, occurredAt: at(9) })).toEqual(["fast_conversion"]);
    expect(fraudFlags({ ...clean, occurredAt: at(10) })).toEqual([]);
    expect(fraudFlags({ ...clean, type: "lead", occurredAt: at(1) })).toEqual([]);
    expect(fraudFlags({ ...clean, click: null, occurredAt: at(1) })).toEqual([]);
  });

  it("reports every signal at once", () => {
    expect(
      fraudFlags({
        ...clean,
        customer: "me@yopmail.com",
        customerHash: "partner",
        sourceClicks: 50,
        occurredAt: at(2),
      }),
    ).toEqual(["self_referral", "click_burst", "disposable_email", "fast_conversion"]);
  });
});

describe("isDisposableEmail", () => {
  it.each([
    ["a@mailinator.com", true],
    ["a@sub.guerrillamail.com", true],
    [" A@YOPMAIL.COM ", true],
    ["a@yopmail.com.", true],
    ["a@gmail.com", false],
    ["a@notmailinator.com", false],
    ["mailinator.com", false],
    ["@mailinator.com", false],
  ])("%s → %s", (value, expected) => {
    expect(isDisposableEmail(value)).toBe(expected);
  });
});
