import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, divideHalfUp } from "./rounding";

describe("divideHalfUp", () => {
  it.each([
    [0n, 7n, 0n],
    [10n, 5n, 2n],
    [14n, 10n, 1n],
    [15n, 10n, 2n], // exactly .5 rounds up
    [16n, 10n, 2n],
    [24n, 10n, 2n],
    [25n, 10n, 3n],
    [1n, 2n, 1n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [4999n, 10_000n, 0n],
    [5000n, 10_000n, 1n],
    [-14n, 10n, -1n],
    [-15n, 10n, -2n], // negative .5 mirrors: away from zero
    [-16n, 10n, -2n],
    [-1n, 2n, -1n],
    [-1n, 3n, 0n],
    [-5000n, 10_000n, -1n],
  ])("%s / %s → %s", (n, d, expected) => {
    expect(divideHalfUp(n, d)).toBe(expected);
  });

  it("handles amounts far beyond Number precision", () => {
    const big = 10n ** 30n;
    expect(divideHalfUp(big * 3n + 1n, 2n)).toBe(big + big / 2n + 1n);
  });

  it("rejects a zero or negative denominator", () => {
    expect(() => divideHalfUp(1n, 0n)).toThrow(RangeError);
    expect(() => divideHalfUp(1n, -3n)).toThrow(RangeError);
  });

  it("is the nearest integer, ties away from zero, and symmetric", () => {
    fc.assert(
      fc.property(fc.bigInt(-(10n ** 15n), 10n ** 15n), fc.bigInt(1n, 10n ** 9n), (n, d) => {
        const q = divideHalfUp(n, d);
        const error = 2n * (n - q * d); // twice the distance, in units of 1/d
        expect(error <= d && error >= -d).toBe(true);
        if (error === d || error === -d) expect(q * n >= 0n).toBe(true);
        expect(divideHalfUp(-n, d)).toBe(-q);
      }),
    );
  });
});

describe("allocate", () => {
  it("splits by weight and sums to the total", () => {
    expect(allocate(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(allocate(10n, [3n, 2n])).toEqual([6n, 4n]);
    expect(allocate(5n, [0n, 1n, 0n])).toEqual([0n, 5n, 0n]);
    expect(allocate(0n, [1n, 2n])).toEqual([0n, 0n]);
  });

  it("gives leftover units to the largest remainders, ties to the earlier index", () => {
    // exact shares 2.5, 1.25, 1.25 → floors 2,1,1 leave 1 unit for the .5
    expect(allocate(5n, [2n, 1n, 1n])).toEqual([3n, 1n, 1n]);
    // exact 0.5 each, 1 unit left: the earlier one gets it
    expect(allocate(1n, [1n, 1n])).toEqual([1n, 0n]);
    // exact 1.33, 0.67 → 1, 1 (0.67 has the larger remainder)
    expect(allocate(2n, [2n, 1n])).toEqual([1n, 1n]);
    // exact 0.6, 0.6, 0.6, 1.2 → two units for the three .6 remainders, earliest first
    expect(allocate(3n, [1n, 1n, 1n, 2n])).toEqual([1n, 1n, 0n, 1n]);
  });

  it("treats all-zero and empty weights", () => {
    expect(allocate(0n, [0n, 0n])).toEqual([0n, 0n]);
    expect(allocate(0n, [])).toEqual([]);
    expect(() => allocate(1n, [0n, 0n])).toThrow(RangeError);
    expect(() => allocate(1n, [])).toThrow(RangeError);
  });

  it("rejects negative totals and weights", () => {
    expect(() => allocate(-1n, [1n])).toThrow(RangeError);
    expect(() => allocate(1n, [2n, -1n])).toThrow(RangeError);
  });

  it("always sums to the total with every part within 1 of its exact share", () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 10n ** 12n),
        fc.array(fc.bigInt(0n, 10n ** 6n), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const sum = weights.reduce((a, b) => a + b, 0n);
          fc.pre(sum > 0n);
          const parts = allocate(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          parts.forEach((part, i) => {
            const w = weights[i] ?? 0n;
            // |part - total*w/sum| < 1  ⇔  |part*sum - total*w| < sum
            const diff = part * sum - total * w;
            expect(diff < sum && diff > -sum).toBe(true);
            expect(part >= 0n).toBe(true);
          });
        },
      ),
    );
  });
});
