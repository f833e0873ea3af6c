import { describe, expect, it } from "vitest";
import { payoutEligibility } from "./eligibility";

const base = { available: 5000n, threshold: 5000n, hasDetails: true, hasOpenRequest: false };

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

  it("puts an open request before everything else", () => {
    expect(
      payoutEligibility({ ...base, hasOpenRequest: true, hasDetails: false, available: 0n }),
    ).toBe("openRequest");
  });
});
