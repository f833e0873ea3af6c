import { describe, expect, it } from "vitest";
import { verdict, windowStart } from "./window";

const TEN_MIN = 10 * 60_000;

describe("windowStart", () => {
  it("aligns instants to the epoch-based window they fall in", () => {
    expect(windowStart(new Date("2026-11-23T10:07:31.250Z"), TEN_MIN).toISOString()).toBe(
      "2026-11-23T10:00:00.000Z",
    );
    expect(windowStart(new Date("2026-11-23T10:10:00.000Z"), TEN_MIN).toISOString()).toBe(
      "2026-11-23T10:10:00.000Z",
    );
    expect(windowStart(new Date("2026-11-23T10:09:59.999Z"), TEN_MIN).toISOString()).toBe(
      "2026-11-23T10:00:00.000Z",
    );
  });

  it("refuses a window that is not a positive whole number of milliseconds", () => {
    expect(() => windowStart(new Date(), 0)).toThrow();
    expect(() => windowStart(new Date(), 1.5)).toThrow();
  });
});

describe("verdict", () => {
  const rule = { limit: 5, windowMs: TEN_MIN };
  const start = new Date("2026-11-23T10:00:00.000Z");
  const now = new Date("2026-11-23T10:07:30.000Z");

  it("allows up to the limit and counts down what remains", () => {
    expect(verdict(1, rule, start, now)).toEqual({
      allowed: true,
      remaining: 4,
      retryAfterSeconds: 150,
    });
    expect(verdict(5, rule, start, now).allowed).toBe(true);
    expect(verdict(5, rule, start, now).remaining).toBe(0);
  });

  it("refuses past the limit and says how long until the window resets", () => {
    expect(verdict(6, rule, start, now)).toEqual({
      allowed: false,
      remaining: 0,
      retryAfterSeconds: 150,
    });
  });

  it("never tells a refused caller to wait less than a second", () => {
    expect(verdict(6, rule, start, new Date("2026-11-23T10:09:59.999Z")).retryAfterSeconds).toBe(1);
  });
});
