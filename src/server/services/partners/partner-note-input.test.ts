import { describe, expect, it } from "vitest";
import { noteBodySchema, noteExcerpt } from "./partner-note-input";

describe("noteExcerpt", () => {
  it("keeps a short note whole, on one line", () => {
    expect(noteExcerpt("Called them.\n\nWill   send banners.")).toBe(
      "Called them. Will send banners.",
    );
  });

  it("cuts a long note to the length with an ellipsis", () => {
    const excerpt = noteExcerpt("a".repeat(200), 10);
    expect(excerpt).toBe(`${"a".repeat(9)}…`);
    expect(excerpt).toHaveLength(10);
  });
});

describe("noteBodySchema", () => {
  it("trims and refuses blank or oversized notes", () => {
    expect(noteBodySchema.parse("  hi  ")).toBe("hi");
    expect(noteBodySchema.safeParse("   ").success).toBe(false);
    expect(noteBodySchema.safeParse("x".repeat(5_001)).success).toBe(false);
  });
});
