import { describe, expect, it } from "vitest";
import { isReservedSlug } from "./reserved-slugs";

describe("isReservedSlug", () => {
  it("reserves the console's own pages", () => {
    for (const slug of ["new", "people", "account", "system"])
      expect(isReservedSlug(slug)).toBe(true);
  });

  it("leaves other slugs, even ones containing a reserved word, to programs", () => {
    expect(isReservedSlug("people-first")).toBe(false);
    expect(isReservedSlug("acme")).toBe(false);
  });
});
