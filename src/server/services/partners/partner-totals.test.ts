import { describe, expect, it } from "vitest";
import { conversionsOf, sumTotals, zeroTotals } from "./partner-totals";

describe("sumTotals", () => {
  it("is all zeros for no rows", () => {
    expect(sumTotals([])).toEqual(zeroTotals());
  });

  it("adds every counter and keeps money exact beyond 2^53", () => {
    const big = 9_007_199_254_740_993n;
    const total = sumTotals([
      { ...zeroTotals(), clicks: 3, uniqueClicks: 2, sales: 1, revenue: big, commission: 5n },
      {
        ...zeroTotals(),
        clicks: 4,
        leads: 2,
        installs: 1,
        actions: 3,
        refunded: 7n,
        commission: -2n,
      },
    ]);
    expect(total).toEqual({
      ...zeroTotals(),
      clicks: 7,
      uniqueClicks: 2,
      sales: 1,
      leads: 2,
      installs: 1,
      actions: 3,
      revenue: big,
      refunded: 7n,
      commission: 3n,
    });
    expect(conversionsOf(total)).toBe(7);
  });
});
