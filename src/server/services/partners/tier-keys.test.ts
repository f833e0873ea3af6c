import { describe, expect, it } from "vitest";
import { collectTierKeys } from "./tier-keys";

describe("collectTierKeys", () => {
  it("collects every rule's bonus keys once, sorted", () => {
    expect(
      collectTierKeys([
        { tierBonusBps: { silver: 100, gold: 200 } },
        { tierBonusBps: {} },
        { tierBonusBps: { gold: 300, bronze: 50 } },
      ]),
    ).toEqual(["bronze", "gold", "silver"]);
  });

  it("leaves out the reserved key for no tier and tolerates a missing map", () => {
    expect(
      collectTierKeys([{ tierBonusBps: { none: 10, vip: 5 } }, { tierBonusBps: null }]),
    ).toEqual(["vip"]);
  });

  it("is empty for a program without tier bonuses", () => {
    expect(collectTierKeys([])).toEqual([]);
  });
});
