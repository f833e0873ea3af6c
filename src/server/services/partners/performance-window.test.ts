import { describe, expect, it } from "vitest";
import { performanceWindow, windowStart } from "./performance-window";

describe("performanceWindow", () => {
  it("covers the last 30 UTC days through today", () => {
    expect(performanceWindow(new Date("2025-03-30T23:59:59Z"))).toEqual({
      from: "2025-03-01",
      to: "2025-03-30",
    });
  });

  it("uses the UTC day, not the local one, and crosses months and leap days", () => {
    expect(performanceWindow(new Date("2024-03-01T00:30:00+02:00"), 2)).toEqual({
      from: "2024-02-28",
      to: "2024-02-29",
    });
  });

  it("starts at midnight UTC of its first day", () => {
    expect(windowStart({ from: "2025-03-01", to: "2025-03-30" }).toISOString()).toBe(
      "2025-03-01T00:00:00.000Z",
    );
  });
});
