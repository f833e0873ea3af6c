import { describe, expect, it } from "vitest";
import { rankChange } from "./rank-change";

describe("rankChange", () => {
  it("stays quiet on the first read and when nothing moved", () => {
    expect(rankChange(undefined, 3)).toBeNull();
    expect(rankChange(3, 3)).toBeNull();
    expect(rankChange(null, null)).toBeNull();
  });

  it("tells a climb from a drop: a smaller rank number is better", () => {
    expect(rankChange(5, 2)).toEqual({ kind: "up", from: 5, to: 2 });
    expect(rankChange(2, 5)).toEqual({ kind: "down", from: 2, to: 5 });
  });

  it("tells when the viewer enters or leaves the table", () => {
    expect(rankChange(null, 7)).toEqual({ kind: "entered", to: 7 });
    expect(rankChange(7, null)).toEqual({ kind: "left" });
  });
});
