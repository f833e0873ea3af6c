import { describe, expect, it } from "vitest";
import { previewThresholds } from "./threshold-preview";

const total = (enrollmentId: string, value: bigint) => ({ enrollmentId, value });

const lastPeriod = [
  total("a", 12_000n),
  total("b", 4_000n),
  total("c", 4_000n),
  total("d", 900n),
  total("e", 0n),
  total("f", -300n),
];
const podium = [
  { fromRank: 1, toRank: 1, label: "Laptop" },
  { fromRank: 2, toRank: 3, label: "Headphones" },
];

describe("previewThresholds", () => {
  it("counts only partners with a positive result", () => {
    expect(previewThresholds(lastPeriod, [], []).participants).toBe(4);
  });

  it("reports the value that held each prized rank", () => {
    expect(previewThresholds(lastPeriod, podium, []).prizes).toEqual([
      { tierIndex: 0, label: "Laptop", ranks: [{ rank: 1, required: 12_000n }] },
      {
        tierIndex: 1,
        label: "Headphones",
        ranks: [
          { rank: 2, required: 4_000n },
          { rank: 3, required: 4_000n },
        ],
      },
    ]);
  });

  it("reports no requirement for a rank nobody held", () => {
    const deep = [{ fromRank: 4, toRank: 5, label: "Mug" }];
    expect(previewThresholds(lastPeriod, deep, []).prizes[0]?.ranks).toEqual([
      { rank: 4, required: 900n },
      { rank: 5, required: null },
    ]);
  });

  it("counts who reached each milestone, exactly reaching included", () => {
    expect(previewThresholds(lastPeriod, [], [900n, 4_000n, 12_001n]).milestones).toEqual([
      { threshold: 900n, reachedBy: 4, warning: null },
      { threshold: 4_000n, reachedBy: 3, warning: null },
      { threshold: 12_001n, reachedBy: 0, warning: "unreachable" },
    ]);
  });

  it("flags every milestone and fills no rank when the last period was empty", () => {
    const preview = previewThresholds([total("z", 0n)], podium, [1n]);
    expect(preview.participants).toBe(0);
    expect(preview.milestones).toEqual([{ threshold: 1n, reachedBy: 0, warning: "unreachable" }]);
    expect(preview.prizes.flatMap((p) => p.ranks.map((r) => r.required))).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("validates prizes and milestones", () => {
    expect(() => previewThresholds(lastPeriod, [podium[1]!, podium[0]!], [])).toThrow();
    expect(() => previewThresholds(lastPeriod, [], [5n, 2n])).toThrow();
  });
});
