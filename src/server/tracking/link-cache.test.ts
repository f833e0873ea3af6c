import { describe, expect, it } from "vitest";
import { createLinkCache } from "./link-cache";

function setup(options: { maxEntries?: number; serveStaleOnError?: boolean } = {}) {
  let now = 1_000_000;
  const loads: string[] = [];
  let failNext = false;
  const cache = createLinkCache<{ code: string }>({
    load: async (code) => {
      loads.push(code);
      if (failNext) {
        failNext = false;
        throw new Error("database down");
      }
      return code.startsWith("known") ? { code } : null;
    },
    ttlMs: 30_000,
    negativeTtlMs: 5_000,
    now: () => now,
    ...options,
  });
  return {
    cache,
    loads,
    advance: (ms: number) => (now += ms),
    failNextLoad: () => (failNext = true),
  };
}

describe("link cache", () => {
  it("stale on error: a known link keeps redirecting while the database cannot be asked", async () => {
    const { cache, loads, advance, failNextLoad } = setup({ serveStaleOnError: true });
    expect(await cache.get("known-1")).toEqual({ code: "known-1" });
    advance(31_000);
    expect(cache.peek("known-1")).toBeUndefined();
    failNextLoad();
    expect(await cache.get("known-1")).toEqual({ code: "known-1" });
    // Not asked again on every visit: the next try waits for the retry pause.
    expect(await cache.get("known-1")).toEqual({ code: "known-1" });
    expect(loads).toEqual(["known-1", "known-1"]);
    failNextLoad();
    await expect(cache.get("unknown-1")).rejects.toThrow("database down");
  });

  it("loads once and answers from memory until the TTL ends", async () => {
    const { cache, loads, advance } = setup();
    expect(cache.peek("known-1")).toBeUndefined();
    await expect(cache.get("known-1")).resolves.toEqual({ code: "known-1" });
    expect(cache.peek("known-1")).toEqual({ code: "known-1" });
    advance(29_999);
    await cache.get("known-1");
    expect(loads).toEqual(["known-1"]);
    advance(1);
    expect(cache.peek("known-1")).toBeUndefined();
    await cache.get("known-1");
    expect(loads).toEqual(["known-1", "known-1"]);
  });

  it("remembers unknown codes for a shorter time", async () => {
    const { cache, loads, advance } = setup();
    await expect(cache.get("nope")).resolves.toBeNull();
    expect(cache.peek("nope")).toBeNull();
    advance(5_000);
    expect(cache.peek("nope")).toBeUndefined();
    await cache.get("nope");
    expect(loads).toEqual(["nope", "nope"]);
  });

  it("shares one load among concurrent requests", async () => {
    const { cache, loads } = setup();
    const answers = await Promise.all([cache.get("known-2"), cache.get("known-2")]);
    expect(answers[0]).toBe(answers[1]);
    expect(loads).toEqual(["known-2"]);
  });

  it("does not cache a failed load", async () => {
    const { cache, loads, failNextLoad } = setup();
    failNextLoad();
    await expect(cache.get("known-3")).rejects.toThrow("database down");
    await expect(cache.get("known-3")).resolves.toEqual({ code: "known-3" });
    expect(loads).toEqual(["known-3", "known-3"]);
  });

  it("drops the oldest entries beyond its bound", async () => {
    const { cache } = setup({ maxEntries: 2 });
    await cache.get("known-a");
    await cache.get("known-b");
    await cache.get("known-c");
    expect(cache.size).toBe(2);
    expect(cache.peek("known-a")).toBeUndefined();
    expect(cache.peek("known-c")).toEqual({ code: "known-c" });
  });
});
