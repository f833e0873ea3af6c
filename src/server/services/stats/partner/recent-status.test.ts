import { describe, expect, it } from "vitest";
import { recentStatus } from "./recent-status";

const paid = { reviewStatus: "none", commissionStatus: "paid", net: 500n } as const;

describe("recentStatus", () => {
  it("tells a review first, then a missing or fully reversed commission, then its status", () => {
    expect(recentStatus({ ...paid, reviewStatus: "flagged", commissionStatus: "pending" })).toBe(
      "held",
    );
    expect(recentStatus({ ...paid, reviewStatus: "rejected", net: 0n })).toBe("rejected");
    expect(recentStatus({ ...paid, commissionStatus: null, net: 0n })).toBe("noCommission");
    expect(recentStatus({ ...paid, net: 0n })).toBe("reversed");
    expect(recentStatus({ ...paid, reviewStatus: "cleared", commissionStatus: "approved" })).toBe(
      "approved",
    );
    expect(recentStatus(paid)).toBe("paid");
  });
});
