import { describe, expect, it } from "vitest";
import { conversionInputSchema, fieldErrors, refundInputSchema } from "./conversion-input";

const sale = { type: "sale", external_id: "o-1", amount: 1000, currency: "EUR" };

function errors(body: unknown) {
  const result = conversionInputSchema.safeParse(body);
  return result.success ? {} : fieldErrors(result.error.issues);
}

describe("conversionInputSchema", () => {
  it("accepts a minimal sale and normalises codes", () => {
    const parsed = conversionInputSchema.parse({
      ...sale,
      promo_code: " spring10 ",
      country: "pl",
      external_id: " o-1 ",
    });
    expect(parsed).toMatchObject({ promo_code: "SPRING10", country: "PL", external_id: "o-1" });
  });

  it("requires an amount for a sale and an action key for an action", () => {
    expect(errors({ type: "sale", external_id: "o", currency: "EUR" })).toEqual({
      amount: "is required for a sale",
    });
    expect(errors({ type: "action", external_id: "o", currency: "EUR" })).toEqual({
      action_key: "is required for an action",
    });
    expect(errors({ type: "lead", external_id: "o", currency: "EUR" })).toEqual({});
  });

  it("refuses negative, fractional and unsafe amounts", () => {
    expect(Object.keys(errors({ ...sale, amount: -1 }))).toEqual(["amount"]);
    expect(Object.keys(errors({ ...sale, amount: 1.5 }))).toEqual(["amount"]);
    expect(Object.keys(errors({ ...sale, amount: 2 ** 53 }))).toEqual(["amount"]);
    expect(Object.keys(errors({ ...sale, amount: "1000" }))).toEqual(["amount"]);
  });

  it("refuses unknown top-level fields (strict)", () => {
    expect(errors({ ...sale, ammount: 5, extra: true })).toEqual({
      ammount: "is not a known field",
      extra: "is not a known field",
    });
  });

  it("refuses occurred_at in the future beyond the skew, accepts a little skew", () => {
    const soon = new Date(Date.now() + 60_000).toISOString();
    const later = new Date(Date.now() + 3_600_000).toISOString();
    expect(errors({ ...sale, occurred_at: soon })).toEqual({});
    expect(errors({ ...sale, occurred_at: later })).toEqual({ occurred_at: "is in the future" });
    expect(Object.keys(errors({ ...sale, occurred_at: "yesterday" }))).toEqual(["occurred_at"]);
  });

  it("bounds metadata and checks currency and country shapes", () => {
    expect(Object.keys(errors({ ...sale, metadata: { blob: "x".repeat(5000) } }))).toEqual([
      "metadata",
    ]);
    expect(Object.keys(errors({ ...sale, metadata: [1] }))).toEqual(["metadata"]);
    expect(Object.keys(errors({ ...sale, currency: "eur" }))).toEqual(["currency"]);
    expect(Object.keys(errors({ ...sale, country: "POL" }))).toEqual(["country"]);
    expect(Object.keys(errors({ ...sale, external_id: "  " }))).toEqual(["external_id"]);
  });
});

describe("refundInputSchema", () => {
  it("takes a refund id and a positive integer amount only", () => {
    expect(refundInputSchema.safeParse({ refund_id: "r1", amount: 5 }).success).toBe(true);
    expect(refundInputSchema.safeParse({ refund_id: "r1", amount: 0 }).success).toBe(false);
    expect(refundInputSchema.safeParse({ refund_id: "r1", amount: 5, x: 1 }).success).toBe(false);
  });
});
