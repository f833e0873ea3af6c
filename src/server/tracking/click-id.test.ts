import { describe, expect, it } from "vitest";
import { CLICK_ID_LENGTH, isClickId, newClickId } from "./click-id";

describe("newClickId", () => {
  it("is short, URL-safe base62 and unique", () => {
    const ids = Array.from({ length: 20_000 }, () => newClickId());
    for (const id of ids.slice(0, 100)) {
      expect(id).toMatch(/^[0-9A-Za-z]+$/);
      expect(id).toHaveLength(CLICK_ID_LENGTH);
      expect(encodeURIComponent(id)).toBe(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("starts with the time, so ids sort by creation in byte order", () => {
    const earlier = newClickId(Date.UTC(2025, 0, 1));
    const later = newClickId(Date.UTC(2025, 0, 1, 0, 0, 1));
    expect(earlier < later).toBe(true);
    expect(newClickId(Date.UTC(2025, 0, 1)).slice(0, 7)).toBe(earlier.slice(0, 7));
  });

  it("spreads the random part over the whole alphabet", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      for (const char of newClickId().slice(7)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(62);
    // 80,000 characters over 62 symbols: about 1,290 each; a biased generator falls far off.
    for (const count of counts.values()) expect(count).toBeGreaterThan(1000);
  });
});

describe("isClickId", () => {
  it("accepts generated ids and refuses anything else", () => {
    expect(isClickId(newClickId())).toBe(true);
    expect(isClickId("")).toBe(false);
    expect(isClickId(`${newClickId()}x`)).toBe(false);
    expect(isClickId("Vboie32VpsxBaiN6UueDH2-")).toBe(false);
    expect(isClickId("../../etc/passwd")).toBe(false);
  });
});
