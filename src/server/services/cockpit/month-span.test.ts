import { describe, expect, it } from "vitest";
import { monthToDate } from "./month-span";

const at = (iso: string) => new Date(iso);

describe("monthToDate", () => {
  it("compares the 1st to today with the same days of the previous month", () => {
    expect(monthToDate(at("2026-12-08T15:00:00Z"))).toEqual({
      current: { from: "2026-12-01", to: "2026-12-08" },
      previous: { from: "2026-11-01", to: "2026-11-08" },
    });
  });

  it("on the 1st compares one day with one day, across a year boundary", () => {
    expect(monthToDate(at("2027-01-01T00:00:00Z"))).toEqual({
      current: { from: "2027-01-01", to: "2027-01-01" },
      previous: { from: "2026-12-01", to: "2026-12-01" },
    });
  });

  it("clamps to the previous month's last day when it is shorter", () => {
    expect(monthToDate(at("2026-03-31T23:59:59Z")).previous).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(monthToDate(at("2028-03-30T12:00:00Z")).previous).toEqual({
      from: "2028-02-01",
      to: "2028-02-29",
    });
    expect(monthToDate(at("2026-07-31T12:00:00Z")).previous).toEqual({
      from: "2026-06-01",
      to: "2026-06-30",
    });
  });

  it("uses the UTC day, not the server's zone", () => {
    expect(monthToDate(at("2026-11-30T23:30:00-02:00")).current).toEqual({
      from: "2026-12-01",
      to: "2026-12-01",
    });
  });
});
