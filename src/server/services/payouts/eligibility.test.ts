import { describe, expect, it } from "vitest";
import { detailsCoolingUntil, payoutEligibility } from "./eligibility";

const now = new Date("2026-12-07T12:00:00Z");
const base = {
  available: 5000n,
  threshold: 5000n,
  hasDetails: true,
  hasOpenRequest: false,
  suspended: false,
  coolingUntil: null,
  now,
};

describe("payoutEligibility", () => {
  it("allows a request when the available balance reaches the threshold exactly", () => {
    expect(payoutEligibility(base)).toBe("eligible");
    expect(payoutEligibility({ ...base, available: 9999n })).toBe("eligible");
  });

  it("refuses below the threshold, by one minor unit too", () => {
    expect(payoutEligibility({ ...base, available: 4999n })).toBe("belowThreshold");
  });

  it("never pays zero or a negative balance, even with a zero threshold", () => {
    expect(payoutEligibility({ ...base, threshold: 0n, available: 0n })).toBe("nothingToPay");
    expect(payoutEligibility({ ...base, threshold: 0n, available: -10n })).toBe("nothingToPay");
    expect(payoutEligibility({ ...base, threshold: 0n, available: 1n })).toBe("eligible");
  });

  it("asks for payout details only when there is something to pay", () => {
    expect(payoutEligibility({ ...base, hasDetails: false })).toBe("noDetails");
    expect(payoutEligibility({ ...base, hasDetails: false, available: 10n })).toBe(
      "belowThreshold",
    );
  });

  it("puts an open request before everything but a suspension", () => {
    expect(
      payoutEligibility({ ...base, hasOpenRequest: true, hasDetails: false, available: 0n }),
    ).toBe("openRequest");
  });

  it("pays a suspended partner nothing, whatever the balance", () => {
    expect(payoutEligibility({ ...base, suspended: true })).toBe("suspended");
    expect(payoutEligibility({ ...base, suspended: true, hasOpenRequest: true })).toBe("suspended");
  });

  it("waits until the cooling period after a details change is over", () => {
    const until = new Date(now.getTime() + 1);
    expect(payoutEligibility({ ...base, coolingUntil: until })).toBe("detailsCooling");
    expect(payoutEligibility({ ...base, coolingUntil: now })).toBe("eligible");
  });
});

describe("detailsCoolingUntil", () => {
  it("adds the program's days to the change", () => {
    expect(detailsCoolingUntil(now, 3)).toEqual(new Date("2026-12-10T12:00:00Z"));
  });

  it("does not wait for details only set once, or when the program sets no cooling", () => {
    expect(detailsCoolingUntil(null, 3)).toBeNull();
    expect(detailsCoolingUntil(now, 0)).toBeNull();
  });
});
