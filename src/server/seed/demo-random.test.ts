import { describe, expect, it } from "vitest";
import { isValidIban } from "~/lib/iban";
import { seededRandom } from "./demo-people";
import {
  base62,
  demoIban,
  IBAN_COUNTRIES,
  intBetween,
  poisson,
  shuffled,
  weightedIndex,
} from "./demo-random";

describe("demo randomness", () => {
  it("is the same sequence for the same seed", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it("generates IBANs whose check digits pass the payout form's validation", () => {
    const random = seededRandom(1);
    for (const country of IBAN_COUNTRIES) {
      for (let i = 0; i < 50; i++) expect(isValidIban(demoIban(random, country))).toBe(true);
    }
  });

  it("keeps integers in range, both ends included", () => {
    const random = seededRandom(2);
    const seen = new Set(Array.from({ length: 500 }, () => intBetween(random, 1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it("picks weighted indexes in proportion to their weights", () => {
    const random = seededRandom(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i++) counts[weightedIndex(random, [1, 0, 3])]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.6);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.4);
  });

  it("draws Poisson counts with the right mean, small and large", () => {
    const random = seededRandom(4);
    for (const mean of [0.5, 4, 120]) {
      const draws = Array.from({ length: 4_000 }, () => poisson(random, mean));
      const average = draws.reduce((sum, n) => sum + n, 0) / draws.length;
      expect(Math.abs(average - mean) / mean).toBeLessThan(0.06);
      expect(draws.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    }
    expect(poisson(random, 0)).toBe(0);
  });

  it("shuffles without losing or duplicating items, and makes link-like codes", () => {
    const random = seededRandom(5);
    expect(shuffled(random, [1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(base62(random, 8)).toMatch(/^[0-9A-Za-z]{8}$/);
  });
});
