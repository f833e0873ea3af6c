import { describe, expect, it } from "vitest";
import { conversionRate, earningsPerClick, shareOf } from "./figures";

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
