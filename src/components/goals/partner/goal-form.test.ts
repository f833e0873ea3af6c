import { describe, expect, it } from "vitest";
import { maxTargetText, parseTarget, targetText } from "./goal-form";

describe("parseTarget", () => {
  it("takes whole positive counts for clicks and conversions", () => {
    expect(parseTarget("clicks", "500", "EUR")).toBe(500n);
    expect(parseTarget("conversions", " 10 ", "EUR")).toBe(10n);
    for (const text of ["0", "-3", "1.5", "1,5", "1e3", "", "abc", "100000001"]) {
      expect(parseTarget("clicks", text, "EUR")).toBeNull();
    }
    expect(parseTarget("conversions", "1000001", "EUR")).toBeNull();
  });

  it("turns commission in major units into exact minor units", () => {
    expect(parseTarget("commission", "200", "EUR")).toBe(20_000n);
    expect(parseTarget("commission", "12,50", "EUR")).toBe(1_250n);
    expect(parseTarget("commission", "0.01", "EUR")).toBe(1n);
    // 0.1 + 0.2 is exactly 30 cents, not a float's 0.30000000000000004.
    expect(parseTarget("commission", "0.3", "EUR")).toBe(30n);
    expect(parseTarget("commission", "5000", "JPY")).toBe(5_000n);
    expect(parseTarget("commission", "1.005", "KWD")).toBe(1_005n);
  });

  it("refuses amounts that are not exact, not positive or too large", () => {
    for (const text of ["0", "0.00", "-5", "1.005", "1 000", "1,250.00", "abc"]) {
      expect(parseTarget("commission", text, "EUR")).toBeNull();
    }
    expect(parseTarget("commission", "10.5", "JPY")).toBeNull();
    expect(parseTarget("commission", "10000000000", "EUR")).toBe(1_000_000_000_000n);
    expect(parseTarget("commission", "10000000000.01", "EUR")).toBeNull();
  });
});

describe("targetText", () => {
  it("shows a target for editing the way parseTarget reads it back", () => {
    expect(targetText("commission", 50_000n, "EUR")).toBe("500.00");
    expect(targetText("commission", 5_000n, "JPY")).toBe("5000");
    expect(targetText("clicks", 500n, "EUR")).toBe("500");
    for (const [metric, target] of [
      ["clicks", 42n],
      ["commission", 1_255n],
    ] as const) {
      expect(parseTarget(metric, targetText(metric, target, "EUR"), "EUR")).toBe(target);
    }
  });

  it("states the largest target in the field's unit", () => {
    expect(maxTargetText("commission", "EUR")).toBe("10000000000.00");
    expect(maxTargetText("conversions", "EUR")).toBe("1000000");
  });
});
