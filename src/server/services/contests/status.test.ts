import { describe, expect, it } from "vitest";
import { addDays, dayCount } from "~/lib/dates";
import { comparablePeriod, contestStatus, liveWindow } from "./status";

const base = {
  startsOn: "2025-03-10",
  endsOn: "2025-03-16",
  launchedAt: new Date("2025-03-01T00:00:00Z"),
  frozenAt: null,
  cancelledAt: null,
};

describe("contestStatus", () => {
  it("derives every status from the dates and timestamps", () => {
    expect(contestStatus({ ...base, launchedAt: null }, "2025-03-12")).toBe("draft");
    expect(contestStatus(base, "2025-03-09")).toBe("scheduled");
    expect(contestStatus(base, "2025-03-10")).toBe("running");
    expect(contestStatus(base, "2025-03-16")).toBe("running");
    expect(contestStatus(base, "2025-03-17")).toBe("ended");
    expect(contestStatus({ ...base, frozenAt: new Date() }, "2025-03-17")).toBe("final");
    expect(contestStatus({ ...base, frozenAt: new Date(), cancelledAt: new Date() }, "x")).toBe(
      "cancelled",
    );
  });
});

describe("windows", () => {
  it("counts days so far, never past the end", () => {
    expect(liveWindow(base, "2025-03-09")).toBeNull();
    expect(liveWindow(base, "2025-03-12")).toEqual({ from: "2025-03-10", to: "2025-03-12" });
    expect(liveWindow(base, "2025-04-01")).toEqual({ from: "2025-03-10", to: "2025-03-16" });
  });

  it("compares with the period of the same length just before the start", () => {
    expect(comparablePeriod("2025-03-10", "2025-03-16", "2025-03-10")).toEqual({
      from: "2025-03-03",
      to: "2025-03-09",
    });
    expect(comparablePeriod("2025-03-01", "2025-03-01", "2025-03-20")).toEqual({
      from: "2025-02-28",
      to: "2025-02-28",
    });
  });

  it("never compares with days that have not happened yet", () => {
    expect(comparablePeriod("2025-04-01", "2025-04-07", "2025-03-20")).toEqual({
      from: "2025-03-13",
      to: "2025-03-19",
    });
  });

  it("does day arithmetic across months and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(dayCount("2024-01-01", "2024-12-31")).toBe(366);
  });
});
