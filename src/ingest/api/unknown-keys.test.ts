import { describe, expect, it } from "vitest";
import { createUnknownKeys } from "./unknown-keys";

describe("createUnknownKeys", () => {
  it("remembers a miss until its time to live ends", () => {
    let t = 0;
    const unknown = createUnknownKeys({ ttlMs: 30_000, now: () => t });
    expect(unknown.has("h")).toBe(false);
    unknown.add("h");
    t = 29_999;
    expect(unknown.has("h")).toBe(true);
    t = 30_000;
    expect(unknown.has("h")).toBe(false);
  });

  it("holds at most maxSize entries, the oldest going first", () => {
    const unknown = createUnknownKeys({ ttlMs: 30_000, maxSize: 2, now: () => 0 });
    unknown.add("a");
    unknown.add("b");
    unknown.add("c");
    expect([unknown.has("a"), unknown.has("b"), unknown.has("c")]).toEqual([false, true, true]);
  });

  it("remembers nothing with a time to live of 0", () => {
    const unknown = createUnknownKeys({ ttlMs: 0, now: () => 0 });
    unknown.add("a");
    expect(unknown.has("a")).toBe(false);
  });
});
