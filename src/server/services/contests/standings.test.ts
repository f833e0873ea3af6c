import { describe, expect, it } from "vitest";
import type { ValueRow } from "./metric-values";
import { tiedIdsToResolve } from "./standings";

const rows = (values: number[]): ValueRow[] =>
  values.map((v, i) => ({
    enrollmentId: `e${i}`,
    value: BigInt(v),
    joinedAt: new Date(0),
    leagueKey: "",
  }));

describe("tiedIdsToResolve", () => {
  const list = rows([9, 8, 8, 7, 5, 5, 5, 3, 2, 2]);

  it("asks only for tied groups that a view shows", () => {
    expect(tiedIdsToResolve(list, { all: false, top: 2, viewerId: null })).toEqual(["e1", "e2"]);
    // The viewer's group, plus groups within two places of it.
    expect(tiedIdsToResolve(list, { all: false, top: 0, viewerId: "e9" })).toEqual([
      "e4",
      "e5",
      "e6",
      "e8",
      "e9",
    ]);
    expect(tiedIdsToResolve(list, { all: false, top: 0, viewerId: "e3" })).toEqual([
      "e1",
      "e2",
      "e4",
      "e5",
      "e6",
    ]);
  });

  it("asks for every tied group when all are needed, never for a lone value", () => {
    expect(tiedIdsToResolve(list, { all: true })).toEqual([
      "e1",
      "e2",
      "e4",
      "e5",
      "e6",
      "e8",
      "e9",
    ]);
    expect(tiedIdsToResolve(rows([3, 2, 1]), { all: true })).toEqual([]);
  });
});
