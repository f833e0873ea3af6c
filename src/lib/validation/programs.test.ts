import { describe, expect, it } from "vitest";
import {
  createProgramSchema,
  currencySchema,
  domainSchema,
  programSettingsSchema,
  slugSchema,
} from "./programs";

describe("program input rules", () => {
  it.each(["demo", "a", "spring-sale-2026"])("accepts the slug %s", (slug) => {
    expect(slugSchema.parse(slug)).toBe(slug);
  });
  it.each(["-demo", "demo-", "dé", "a b", "x".repeat(49), ""])("refuses the slug %j", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(false);
  });

  it("normalises and checks currencies against ISO 4217", () => {
    expect(currencySchema.parse(" pln ")).toBe("PLN");
    expect(currencySchema.safeParse("ABC").success).toBe(false);
    expect(currencySchema.safeParse("US").success).toBe(false);
  });

  it("keeps bare host names and refuses URLs, wildcards and single labels", () => {
    expect(domainSchema.parse("Shop.Example.COM")).toBe("shop.example.com");
    expect(domainSchema.parse("sklep.zażółć.pl")).toMatch(/^sklep\.xn--[a-z0-9-]+\.pl$/);
    for (const bad of [
      "https://shop.example.com",
      "shop.example.com/path",
      "*.example.com",
      "localhost",
      "a..b",
      "user@host.com",
      "-x.com",
    ]) {
      expect(domainSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("deduplicates domains and coerces numbers from form strings", () => {
    const parsed = createProgramSchema.parse({
      slug: "demo",
      name: "Demo",
      currency: "usd",
      cookieWindowDays: "30",
      holdPeriodDays: "0",
      allowedDomains: ["a.example", "A.example"],
      approvalMode: "auto",
      terms: "Twenty characters of terms at least.",
    });
    expect(parsed).toMatchObject({
      currency: "USD",
      cookieWindowDays: 30,
      holdPeriodDays: 0,
      allowedDomains: ["a.example"],
    });
  });

  it("takes allowed image hosts as bare host names, deduplicated, and keeps them optional", () => {
    const base = {
      name: "Demo",
      currency: "EUR",
      cookieWindowDays: 30,
      holdPeriodDays: 0,
      allowedDomains: ["a.example"],
      approvalMode: "auto",
    };
    expect(
      programSettingsSchema.parse({
        ...base,
        allowedImageHosts: ["CDN.a.example", "cdn.a.example"],
      }).allowedImageHosts,
    ).toEqual(["cdn.a.example"]);
    expect(programSettingsSchema.parse(base).allowedImageHosts).toBeUndefined();
    for (const bad of ["https://cdn.a.example", "cdn.a.example/img", "*.a.example", "localhost"]) {
      expect(
        programSettingsSchema.safeParse({ ...base, allowedImageHosts: [bad] }).success,
        bad,
      ).toBe(false);
    }
  });
});
