import { describe, expect, it } from "vitest";
import { conversionRate, earningsPerClick, relativeChange } from "./rates";

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

describe("relativeChange", () => {
  it("gives the change as a fraction of the previous value", () => {
    expect(relativeChange(150, 100)).toBe(0.5);
    expect(relativeChange(75n, 100n)).toBe(-0.25);
    expect(relativeChange(1, 3)).toBe(-0.6667);
    expect(relativeChange(9_007_199_254_740_993n, 9_007_199_254_740_992n)).toBe(0);
  });

  it("is null without a previous value, and measures from a negative one by its size", () => {
    expect(relativeChange(10, 0)).toBeNull();
    expect(relativeChange(0n, -100n)).toBe(1);
  });
});
