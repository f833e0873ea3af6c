import { describe, expect, it } from "vitest";
import { customRangeProblem } from "./custom-range";

describe("customRangeProblem", () => {
  it("accepts a range of one to 366 days", () => {
    expect(customRangeProblem("2025-03-01", "2025-03-01")).toBeNull();
    expect(customRangeProblem("2024-01-01", "2024-12-31")).toBeNull();
  });

  it("names what is wrong: a missing date, a reversed or an overlong range", () => {
    expect(customRangeProblem("", "2025-03-01")).toBe("missing");
    expect(customRangeProblem("2025-03-02", "2025-03-01")).toBe("reversed");
    expect(customRangeProblem("2024-01-01", "2025-01-01")).toBe("tooLong");
  });
});
