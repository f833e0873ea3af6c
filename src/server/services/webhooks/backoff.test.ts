import { describe, expect, it } from "vitest";
import { BASE_DELAY_MS, MAX_ATTEMPTS, MAX_DELAY_MS, nextAttemptAt, retryDelayMs } from "./backoff";

const middle = () => 0.5;

describe("retryDelayMs", () => {
  it("waits 30 s after the first failure and doubles after each", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, middle))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
  });

  it("never waits more than the cap, however many failures", () => {
    expect(retryDelayMs(12, middle)).toBe(MAX_DELAY_MS);
    expect(retryDelayMs(1_000, middle)).toBe(MAX_DELAY_MS);
  });

  it("spreads retries by at most 10 % either way", () => {
    expect(retryDelayMs(1, () => 0)).toBe(BASE_DELAY_MS * 0.9);
    expect(retryDelayMs(1, () => 0.999999)).toBeLessThanOrEqual(BASE_DELAY_MS * 1.1);
    expect(retryDelayMs(1, () => 0.999999)).toBeGreaterThan(BASE_DELAY_MS * 1.09);
  });

  it("refuses a count that is not a positive whole number", () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });
});

describe("nextAttemptAt", () => {
  const now = new Date("2025-01-01T00:00:00Z");

  it("schedules the next attempt after the delay", () => {
    expect(nextAttemptAt(1, now, middle)).toEqual(new Date("2025-01-01T00:00:30Z"));
    expect(nextAttemptAt(3, now, middle)).toEqual(new Date("2025-01-01T00:02:00Z"));
  });

  it("gives up after the last attempt", () => {
    expect(nextAttemptAt(MAX_ATTEMPTS - 1, now, middle)).not.toBeNull();
    expect(nextAttemptAt(MAX_ATTEMPTS, now, middle)).toBeNull();
    expect(nextAttemptAt(MAX_ATTEMPTS + 3, now, middle)).toBeNull();
  });

  it("retries for about an hour in all before giving up", () => {
    let total = 0;
    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++)
      total += retryDelayMs(attempts, middle);
    expect(total).toBe(30_000 * (2 ** (MAX_ATTEMPTS - 1) - 1));
  });
});
