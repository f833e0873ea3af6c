import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reversalFor } from "./prorate";

describe("reversalFor", () => {
  it("reverses everything on a full refund", () => {
    expect(reversalFor(1000n, 10_000n, 0n, 10_000n)).toBe(1000n);
    expect(reversalFor(1n, 3n, 0n, 3n)).toBe(1n);
  });

  it("reverses pro rata, rounding half up", () => {
    expect(reversalFor(1000n, 10_000n, 0n, 2500n)).toBe(250n);
    expect(reversalFor(5n, 10n, 0n, 1n)).toBe(1n); // 0.5 → 1
    expect(reversalFor(5n, 10n, 0n, 0n)).toBe(0n);
    expect(reversalFor(100n, 3n, 0n, 1n)).toBe(33n);
  });

  it("rounds cumulatively so partial refunds add up to the original exactly", () => {
    // Three thirds of 100: 33, then 67 - 33 = 34, then 100 - 67 = 33.
    expect(reversalFor(100n, 3n, 0n, 1n)).toBe(33n);
    expect(reversalFor(100n, 3n, 1n, 1n)).toBe(34n);
    expect(reversalFor(100n, 3n, 2n, 1n)).toBe(33n);
    // Ten refunds of 1 on a sale of 10 with a commission of 5: each alone would be 0.5 → 1.
    let sum = 0n;
    for (let i = 0n; i < 10n; i++) sum += reversalFor(5n, 10n, i, 1n);
    expect(sum).toBe(5n);
  });

  it("rejects refunds beyond the sale and negative inputs", () => {
    expect(() => reversalFor(100n, 10n, 5n, 6n)).toThrow(RangeError);
    expect(() => reversalFor(100n, 10n, 11n, 0n)).toThrow(RangeError);
    expect(() => reversalFor(-1n, 10n, 0n, 1n)).toThrow(RangeError);
    expect(() => reversalFor(100n, 10n, -1n, 1n)).toThrow(RangeError);
    expect(() => reversalFor(100n, 10n, 0n, -1n)).toThrow(RangeError);
    expect(() => reversalFor(100n, 0n, 0n, 0n)).toThrow(RangeError);
  });

  it("over any sequence of partial refunds never reverses more than the original, and all of it at the end", () => {
    fc.assert(
      fc.property(
        fc.bigInt(1n, 10n ** 9n),
        fc.bigInt(1n, 10n ** 9n),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }),
        (original, sale, weights) => {
          // Cut the sale into random pieces (some may be zero) that add up to it.
          const total = BigInt(weights.reduce((a, b) => a + b, 0));
          const cuts = weights.map((w) => (sale * BigInt(w)) / total);
          cuts[cuts.length - 1] = sale - cuts.slice(0, -1).reduce((a, b) => a + b, 0n);
          let refunded = 0n;
          let reversed = 0n;
          for (const cut of cuts) {
            const step = reversalFor(original, sale, refunded, cut);
            expect(step >= 0n).toBe(true);
            refunded += cut;
            reversed += step;
            expect(reversed <= original).toBe(true);
          }
          expect(refunded).toBe(sale);
          expect(reversed).toBe(original);
        },
      ),
    );
  });
});
