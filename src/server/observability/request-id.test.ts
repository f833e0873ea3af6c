import { describe, expect, it } from "vitest";
import { requestIdOf } from "./request-id";

describe("requestIdOf", () => {
  it("keeps a sane incoming id", () => {
    expect(requestIdOf("lb-1a2b3c.42:7")).toBe("lb-1a2b3c.42:7");
  });

  it("replaces a missing, repeated, long or strange id with a new uuid", () => {
    for (const header of [
      undefined,
      "",
      ["a", "b"],
      "x".repeat(129),
      "a b",
      'a"}\n{"level":"fatal',
    ]) {
      expect(requestIdOf(header)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
