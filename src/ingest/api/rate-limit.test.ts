import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe("createRateLimiter", () => {
  it("allows the burst at once, then asks to wait until a token is back", () => {
    const time = clock();
    const limiter = createRateLimiter({ perMinute: 60, burst: 3, now: time.now });
    expect([limiter.take("k"), limiter.take("k"), limiter.take("k")]).toEqual([null, null, null]);
    expect(limiter.take("k")).toBe(1);
    expect(limiter.waitOf("k")).toBe(1);
    time.advance(1000);
    expect(limiter.waitOf("k")).toBeNull();
    expect(limiter.take("k")).toBeNull();
    expect(limiter.take("k")).toBe(1);
  });

  it("rounds the wait up to whole seconds at a slow rate", () => {
    const time = clock();
    const limiter = createRateLimiter({ perMinute: 6, burst: 1, now: time.now });
    expect(limiter.take("k")).toBeNull();
    expect(limiter.take("k")).toBe(10);
    time.advance(2500);
    expect(limiter.take("k")).toBe(8);
  });

  it("keeps a budget per key", () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 1, now: clock().now });
    expect(limiter.take("a")).toBeNull();
    expect(limiter.take("a")).toBe(1);
    expect(limiter.take("b")).toBeNull();
  });

  it("knows nothing of a key that never spent (no bucket, no wait)", () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 1, now: clock().now });
    expect(limiter.waitOf("never")).toBeNull();
  });

  it("keeps at most maxKeys buckets, dropping the least recently used", () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 1, maxKeys: 2, now: clock().now });
    limiter.take("a");
    limiter.take("b");
    expect(limiter.waitOf("a")).toBe(1);
    limiter.take("c");
    // "b" was used least recently ("a" was just looked at), so it went.
    expect(limiter.waitOf("b")).toBeNull();
    expect(limiter.waitOf("a")).toBe(1);
  });
});
