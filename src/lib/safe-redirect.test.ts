import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

describe("safeNextPath", () => {
  it("keeps same-site paths", () => {
    expect(safeNextPath("/portal/programs/demo?x=1")).toBe("/portal/programs/demo?x=1");
  });
  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    undefined,
    42,
  ])("falls back for %j", (value) => {
    expect(safeNextPath(value)).toBe("/portal");
  });
});
