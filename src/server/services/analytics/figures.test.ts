import { describe, expect, it } from "vitest";
import { changeOf, conversionRate, earningsPerClick, shareOf } from "./figures";

describe("conversionRate and earningsPerClick", () => {
  it("divide, and are undefined without clicks", () => {
    expect(conversionRate(3, 12)).toBe(0.25);
    expect(conversionRate(3, 0)).toBeNull();
    expect(earningsPerClick(1_000n, 3)).toBe(333n);
    expect(earningsPerClick(1_001n, 2)).toBe(501n); // 500.5 rounds half up
    expect(earningsPerClick(5n, 0)).toBeNull();
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

describe("changeOf", () => {
  it("gives the direction and the relative change", () => {
    expect(changeOf(125n, 100n)).toEqual({ direction: "up", ratio: 0.25 });
    expect(changeOf(50, 200)).toEqual({ direction: "down", ratio: -0.75 });
    expect(changeOf(7, 7)).toEqual({ direction: "flat", ratio: 0 });
  });

  it("has no ratio when growing from zero", () => {
    expect(changeOf(10, 0)).toEqual({ direction: "up", ratio: null });
    expect(changeOf(0n, 0n)).toEqual({ direction: "flat", ratio: 0 });
  });

  it("measures against the size of a negative previous value", () => {
    expect(changeOf(-50n, -100n)).toEqual({ direction: "up", ratio: 0.5 });
  });
});
