import { describe, expect, it } from "vitest";
import { aliasCode, visibleRankGap, visibleRow } from "./privacy";

const row = { enrollmentId: "enr-1", name: "Ada Partner", value: 4_200n };
const viewerRow = { enrollmentId: "me", name: "My Name", value: 100n };
const context = { contestId: "contest-1", viewerEnrollmentId: "me" };

describe("aliasCode", () => {
  it("is six Crockford base32 characters, stable for the same contest", () => {
    const code = aliasCode("contest-1", "enr-1");
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(aliasCode("contest-1", "enr-1")).toBe(code);
  });

  it("differs between partners and between contests", () => {
    const code = aliasCode("contest-1", "enr-1");
    expect(aliasCode("contest-1", "enr-2")).not.toBe(code);
    expect(aliasCode("contest-2", "enr-1")).not.toBe(code);
  });

  it("rarely clashes on a large table", () => {
    const codes = new Set(Array.from({ length: 2_000 }, (_, i) => aliasCode("c", `e${i}`)));
    expect(codes.size).toBeGreaterThanOrEqual(1_999);
  });
});

describe("visibleRow", () => {
  it("shows names and amounts when nothing is hidden", () => {
    expect(visibleRow({ alias: false, hideAmounts: false }, context, row)).toEqual({
      displayName: { kind: "name", name: "Ada Partner" },
      value: 4_200n,
      isViewer: false,
    });
  });

  it("replaces other partners' names by their alias and never leaks the enrollment id", () => {
    const visible = visibleRow({ alias: true, hideAmounts: false }, context, row);
    expect(visible.displayName).toEqual({ kind: "alias", code: aliasCode("contest-1", "enr-1") });
    expect(
      JSON.stringify(visible, (_, v: unknown) => (typeof v === "bigint" ? `${v}` : v)),
    ).not.toContain("enr-1");
  });

  it("hides other partners' amounts", () => {
    expect(visibleRow({ alias: false, hideAmounts: true }, context, row).value).toBeNull();
  });

  it("always shows the viewer their own name and amount", () => {
    expect(visibleRow({ alias: true, hideAmounts: true }, context, viewerRow)).toEqual({
      displayName: { kind: "name", name: "My Name" },
      value: 100n,
      isViewer: true,
    });
  });

  it("treats everyone as another partner for a viewer who is not enrolled", () => {
    const manager = { contestId: "contest-1", viewerEnrollmentId: null };
    const visible = visibleRow({ alias: true, hideAmounts: true }, manager, viewerRow);
    expect(visible).toMatchObject({ value: null, isViewer: false, displayName: { kind: "alias" } });
  });
});

describe("visibleRankGap", () => {
  it("hides the gap to the rank above when amounts are hidden, since it reveals them", () => {
    expect(visibleRankGap({ alias: false, hideAmounts: true }, 301n)).toBeNull();
    expect(visibleRankGap({ alias: true, hideAmounts: false }, 301n)).toBe(301n);
    expect(visibleRankGap({ alias: false, hideAmounts: false }, null)).toBeNull();
  });
});
