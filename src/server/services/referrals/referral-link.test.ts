import { describe, expect, it } from "vitest";
import { recruitAlias, referralUrl } from "./referral-link";

describe("referralUrl", () => {
  it("points at the program's page with the code, whatever the base's trailing slash", () => {
    expect(referralUrl("https://partners.example.com/", "demo", "abc123")).toBe(
      "https://partners.example.com/portal/programs/demo?ref=abc123",
    );
    expect(referralUrl("http://localhost:3000", "demo", "abc123")).toBe(
      "http://localhost:3000/portal/programs/demo?ref=abc123",
    );
  });

  it("encodes what it is given", () => {
    expect(referralUrl("https://x.test", "a b", "c&d=e")).toBe(
      "https://x.test/portal/programs/a%20b?ref=c%26d%3De",
    );
  });
});

describe("recruitAlias", () => {
  it("is stable, short, and differs between enrollments", () => {
    const id = "0b6f3c1e-8a4d-4c1e-9f00-1234567890ab";
    expect(recruitAlias(id)).toBe(recruitAlias(id));
    expect(recruitAlias(id)).toMatch(/^[0-9A-F]{6}$/);
    expect(recruitAlias(id)).not.toBe(recruitAlias("0b6f3c1e-8a4d-4c1e-9f00-1234567890ac"));
    expect(id.toUpperCase()).not.toContain(recruitAlias(id));
  });
});
