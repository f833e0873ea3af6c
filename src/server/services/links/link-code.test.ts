import { describe, expect, it } from "vitest";
import { linkCodePattern, newLinkCode } from "./link-code";

describe("newLinkCode", () => {
  it("makes 8 base62 characters", () => {
    for (let i = 0; i < 200; i++) expect(newLinkCode()).toMatch(linkCodePattern);
  });

  it("does not repeat and uses the whole alphabet evenly", () => {
    const codes = Array.from({ length: 5000 }, () => newLinkCode());
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const char of codes.join("")) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 40,000 characters over 62 symbols: about 645 each; a modulo bias would skew the first 8.
    for (const count of counts.values()) expect(count).toBeGreaterThan(500);
    for (const count of counts.values()) expect(count).toBeLessThan(800);
  });
});
