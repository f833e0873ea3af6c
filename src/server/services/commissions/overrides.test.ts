import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overrideShares } from "./overrides";
import { divideHalfUp } from "~/lib/rounding";

describe("overrideShares", () => {
  it("pays each upline level its rate of the direct commission", () => {
    expect(overrideShares(10_000n, [1000, 500], ["a", "b"])).toEqual([
      { level: 1, beneficiaryId: "a", amount: 1000n },
      { level: 2, beneficiaryId: "b", amount: 500n },
    ]);
  });

  it("goes as deep as the shorter of rates and upline", () => {
    expect(overrideShares(10_000n, [1000, 500, 250], ["a"])).toEqual([
      { level: 1, beneficiaryId: "a", amount: 1000n },
    ]);
    expect(overrideShares(10_000n, [1000], ["a", "b", "c"])).toEqual([
      { level: 1, beneficiaryId: "a", amount: 1000n },
    ]);
    expect(overrideShares(10_000n, [], ["a"])).toEqual([]);
    expect(overrideShares(10_000n, [1000], [])).toEqual([]);
  });

  it("rounds the total once and splits it without creating or losing a unit", () => {
    // Per level: 33 × 5% = 1.65 → 2 and 33 × 5% → 2 would pay 4; the total 33 × 10% = 3.3 → 3.
    const shares = overrideShares(33n, [500, 500], ["a", "b"]);
    expect(shares).toEqual([
      { level: 1, beneficiaryId: "a", amount: 2n },
      { level: 2, beneficiaryId: "b", amount: 1n },
    ]);
    // Per level: 15 × 10% = 1.5 → 2 three times = 6; the total 15 × 30% = 4.5 → 5.
    const three = overrideShares(15n, [1000, 1000, 1000], ["a", "b", "c"]);
    expect(three.map((s) => s.amount)).toEqual([2n, 2n, 1n]);
  });

  it("omits levels whose share is zero", () => {
    expect(overrideShares(10_000n, [0, 500], ["a", "b"])).toEqual([
      { level: 2, beneficiaryId: "b", amount: 500n },
    ]);
    expect(overrideShares(1n, [100, 100], ["a", "b"])).toEqual([]);
    expect(overrideShares(1n, [5000, 1], ["a", "b"])).toEqual([
      { level: 1, beneficiaryId: "a", amount: 1n },
    ]);
  });

  it("pays nothing on a zero or negative direct commission", () => {
    expect(overrideShares(0n, [1000], ["a"])).toEqual([]);
    expect(overrideShares(-500n, [1000], ["a"])).toEqual([]);
  });

  it("rejects negative or fractional rates", () => {
    expect(() => overrideShares(100n, [-1], ["a"])).toThrow(RangeError);
    expect(() => overrideShares(100n, [1.5], ["a"])).toThrow(RangeError);
  });

  it("always totals divideHalfUp(direct × sum of rates, 10000)", () => {
    fc.assert(
      fc.property(
        fc.bigInt(1n, 10n ** 12n),
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 8 }),
        fc.array(fc.uuid(), { maxLength: 8 }),
        (direct, levels, upline) => {
          const shares = overrideShares(direct, levels, upline);
          const depth = Math.min(levels.length, upline.length);
          const sum = levels.slice(0, depth).reduce((a, b) => a + b, 0);
          const total = shares.reduce((a, s) => a + s.amount, 0n);
          expect(total).toBe(divideHalfUp(direct * BigInt(sum), 10_000n));
          for (const share of shares) {
            expect(share.amount > 0n).toBe(true);
            expect(share.level >= 1 && share.level <= depth).toBe(true);
            expect(share.beneficiaryId).toBe(upline[share.level - 1]);
          }
        },
      ),
    );
  });
});
