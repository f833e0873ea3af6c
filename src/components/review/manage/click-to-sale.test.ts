import { describe, expect, it } from "vitest";
import { clickToSaleDuration } from "./click-to-sale";

describe("clickToSaleDuration", () => {
  it("uses the largest whole unit, rounding down", () => {
    expect(clickToSaleDuration(0)).toEqual({ unit: "seconds", count: 0 });
    expect(clickToSaleDuration(3)).toEqual({ unit: "seconds", count: 3 });
    expect(clickToSaleDuration(59.9)).toEqual({ unit: "seconds", count: 59 });
    expect(clickToSaleDuration(60)).toEqual({ unit: "minutes", count: 1 });
    expect(clickToSaleDuration(3_599)).toEqual({ unit: "minutes", count: 59 });
    expect(clickToSaleDuration(3_600)).toEqual({ unit: "hours", count: 1 });
    expect(clickToSaleDuration(86_399)).toEqual({ unit: "hours", count: 23 });
    expect(clickToSaleDuration(86_400 * 12 + 5)).toEqual({ unit: "days", count: 12 });
  });

  it("never shows a negative or invalid time", () => {
    expect(clickToSaleDuration(-5)).toEqual({ unit: "seconds", count: 0 });
    expect(clickToSaleDuration(Number.NaN)).toEqual({ unit: "seconds", count: 0 });
  });
});
