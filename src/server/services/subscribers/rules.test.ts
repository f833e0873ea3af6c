import { describe, expect, it } from "vitest";
import {
  CONFIRM_TTL_MS,
  hashConfirmToken,
  mayResendConfirmation,
  newConfirmToken,
  preferencesInput,
  RESEND_COOLDOWN_MS,
  subscribeInput,
} from "./rules";

describe("confirmation tokens", () => {
  it("are random, url-safe, and stored only as their SHA-256", () => {
    const a = newConfirmToken();
    const b = newConfirmToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.hash).toBe(hashConfirmToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
  });
});

describe("mayResendConfirmation", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const issued = (msAgo: number) => new Date(now.getTime() - msAgo + CONFIRM_TTL_MS);

  it("sends a first link, and a new one once the cool-down has passed", () => {
    expect(mayResendConfirmation(null, now)).toBe(true);
    expect(mayResendConfirmation(issued(RESEND_COOLDOWN_MS), now)).toBe(true);
    expect(mayResendConfirmation(issued(3 * 3_600_000), now)).toBe(true);
  });

  it("sends nothing while the last link is fresh", () => {
    expect(mayResendConfirmation(issued(0), now)).toBe(false);
    expect(mayResendConfirmation(issued(RESEND_COOLDOWN_MS - 1), now)).toBe(false);
  });
});

describe("subscribeInput", () => {
  it("lower-cases the address and dedupes and sorts topics", () => {
    const parsed = subscribeInput.parse({
      slug: "demo",
      email: "Ann@Example.COM",
      topics: ["webinars", "news", "webinars"],
    });
    expect(parsed).toEqual({
      slug: "demo",
      email: "ann@example.com",
      name: "",
      locale: "en",
      topics: ["news", "webinars"],
    });
  });

  it("refuses a bad address, an unknown topic or language", () => {
    expect(subscribeInput.safeParse({ slug: "demo", email: "nope" }).success).toBe(false);
    const base = { slug: "demo", email: "a@example.com" };
    expect(subscribeInput.safeParse({ ...base, topics: ["spam"] }).success).toBe(false);
    expect(subscribeInput.safeParse({ ...base, locale: "de" }).success).toBe(false);
  });
});

describe("preferencesInput", () => {
  it("accepts IANA time zones and refuses made-up ones", () => {
    const base = { topics: [], frequency: "monthly", locale: "pl" };
    expect(preferencesInput.safeParse({ ...base, timeZone: "Europe/Warsaw" }).success).toBe(true);
    expect(preferencesInput.safeParse({ ...base, timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(
      preferencesInput.safeParse({ ...base, frequency: "daily", timeZone: "UTC" }).success,
    ).toBe(false);
  });
});
