import { describe, expect, it } from "vitest";
import { changeOf, conversionRate, earningsPerClick, shareOf } from "./rates";

describe("conversionRate", () => {
  it("divides conversions by unique clicks, null without clicks", () => {
    expect(conversionRate(3, 120)).toBe(0.025);
    expect(conversionRate(2, 0)).toBeNull();
  });
});

describe("earningsPerClick", () => {
  it("rounds half-up to the minor unit, mirrored for a net reversal", () => {
    expect(earningsPerClick(1000n, 3)).toBe(333n);
    expect(earningsPerClick(1001n, 2)).toBe(501n);
    expect(earningsPerClick(5n, 10)).toBe(1n);
    expect(earningsPerClick(4n, 10)).toBe(0n);
    expect(earningsPerClick(-5n, 10)).toBe(-1n);
    expect(earningsPerClick(1000n, 0)).toBeNull();
  });
});

describe("changeOf", () => {
  it("gives the direction and the change as a fraction of the previous value", () => {
    expect(changeOf(150, 100)).toEqual({ direction: "up", ratio: 0.5 });
    expect(changeOf(75n, 100n)).toEqual({ direction: "down", ratio: -0.25 });
    expect(changeOf(1, 3)).toEqual({ direction: "down", ratio: -0.6667 });
    expect(changeOf(7, 7)).toEqual({ direction: "flat", ratio: 0 });
    // Beyond 2^53 the integers still compare exactly; the ratio rounds to a hundredth of a percent.
    expect(changeOf(9_007_199_254_740_993n, 9_007_199_254_740_992n)).toEqual({
      direction: "up",
      ratio: 0,
    });
  });

  it("has no ratio when growing from zero", () => {
    expect(changeOf(10, 0)).toEqual({ direction: "up", ratio: null });
    expect(changeOf(0n, 0n)).toEqual({ direction: "flat", ratio: 0 });
  });

  it("measures against the size of a negative previous value", () => {
    expect(changeOf(0n, -100n)).toEqual({ direction: "up", ratio: 1 });
    expect(changeOf(-50n, -100n)).toEqual({ direction: "up", ratio: 0.5 });
  });
});

describe("shareOf", () => {
  it("is the fraction to four decimals, null for an empty whole", () => {
    expect(shareOf(1n, 3n)).toBe(0.3333);
    expect(shareOf(2n, 3n)).toBe(0.6667);
    expect(shareOf(0n, 5n)).toBe(0);
    expect(shareOf(5n, 5n)).toBe(1);
    expect(shareOf(0n, 0n)).toBeNull();
    // Beyond 2^53 the integers still divide exactly.
    expect(shareOf(9_007_199_254_740_993n, 18_014_398_509_481_986n)).toBe(0.5);
  });
});
