import { describe, expect, it } from "vitest";
import { formatMoney } from "~/lib/money";
import { auditSummary, compactJson } from "./audit-summary";

const format = {
  money: (minor: bigint, currency: string) => formatMoney(minor, currency, "en"),
  none: "no tier",
};

describe("auditSummary", () => {
  it("names the partner of a decision and quotes its reason", () => {
    expect(
      auditSummary(
        {
          action: "enrollment.reject",
          data: { from: "applied", to: "rejected", partner: "a@x.test", reason: "Spam" },
        },
        format,
      ),
    ).toEqual(["a@x.test", "“Spam”"]);
  });

  it("shows a tier change with a missing tier named", () => {
    expect(
      auditSummary(
        { action: "enrollment.tierSet", data: { partner: "a@x.test", from: null, to: "gold" } },
        format,
      ),
    ).toEqual(["a@x.test", "no tier → gold"]);
  });

  it("formats amounts in minor units with their currency, exactly", () => {
    expect(
      auditSummary(
        { action: "payout.paid", data: { amount: "123456", currency: "EUR", partner: "p@x.test" } },
        format,
      ),
    ).toEqual(["p@x.test", "€1,234.56"]);
    expect(
      auditSummary(
        { action: "payoutBatch.created", data: { payouts: 3, total: "500", currency: "JPY" } },
        format,
      ),
    ).toEqual(["¥500"]);
  });

  it("ignores malformed values instead of failing", () => {
    expect(
      auditSummary(
        { action: "x.y", data: { amount: "12.5", currency: "eur", partner: { nested: true } } },
        format,
      ),
    ).toEqual([]);
    expect(auditSummary({ action: "terms.published", data: { version: 3 } }, format)).toEqual([
      "v3",
    ]);
  });
});

describe("compactJson", () => {
  it("writes one line and keeps bigints", () => {
    expect(compactJson({ a: 1, b: [1, 2], c: 5n })).toBe('{"a":1,"b":[1,2],"c":"5"}');
  });
});
