import { describe, expect, it } from "vitest";
import { createUniqueVisitors, visitorKey } from "./unique-visitors";

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 4, 14, 12);

describe("unique visitors", () => {
  it("counts a visitor once per link within an hour of the counted click", () => {
    const visitors = createUniqueVisitors();
    expect(visitors.firstVisit("link-a", "v1", T0)).toBe(true);
    expect(visitors.firstVisit("link-a", "v1", T0 + 1000)).toBe(false);
    expect(visitors.firstVisit("link-a", "v1", T0 + HOUR - 1)).toBe(false);
    expect(visitors.firstVisit("link-a", "v1", T0 + HOUR)).toBe(true);
    expect(visitors.firstVisit("link-a", "v1", T0 + HOUR + 5)).toBe(false);
  });

  it("forgets a visit whose click was not stored", () => {
    const visitors = createUniqueVisitors();
    expect(visitors.firstVisit("link-a", "v1", T0)).toBe(true);
    visitors.forget("link-a", "v1");
    expect(visitors.firstVisit("link-a", "v1", T0 + 1)).toBe(true);
  });

  it("keeps links and visitors apart", () => {
    const visitors = createUniqueVisitors();
    expect(visitors.firstVisit("link-a", "v1", T0)).toBe(true);
    expect(visitors.firstVisit("link-b", "v1", T0)).toBe(true);
    expect(visitors.firstVisit("link-a", "v2", T0)).toBe(true);
  });

  it("forgets expired entries and stays within its bound, oldest first", () => {
    const visitors = createUniqueVisitors({ maxEntries: 3 });
    for (const visitor of ["v1", "v2", "v3", "v4"]) visitors.firstVisit("l", visitor, T0);
    expect(visitors.size).toBe(3);
    // v1 was dropped to make room, so it counts again; v4 is still remembered.
    expect(visitors.firstVisit("l", "v4", T0 + 1)).toBe(false);
    expect(visitors.firstVisit("l", "v1", T0 + 1)).toBe(true);

    visitors.firstVisit("l", "late", T0 + 2 * HOUR);
    expect(visitors.size).toBe(1);
  });
});

describe("visitorKey", () => {
  it("is a keyed hash of address and user agent", () => {
    const key = visitorKey("secret-one-1234567", "198.51.100.7", "Firefox");
    expect(key).toHaveLength(22);
    expect(key).not.toContain("198");
    expect(visitorKey("secret-one-1234567", "198.51.100.7", "Firefox")).toBe(key);
    expect(visitorKey("secret-one-1234567", "198.51.100.7", "Chrome")).not.toBe(key);
    expect(visitorKey("secret-one-1234567", "198.51.100.8", "Firefox")).not.toBe(key);
    expect(visitorKey("secret-two-1234567", "198.51.100.7", "Firefox")).not.toBe(key);
  });
});
