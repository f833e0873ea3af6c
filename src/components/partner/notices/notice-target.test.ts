import { describe, expect, it } from "vitest";
import { noticeTarget } from "./notice-target";

const id = "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44";

describe("noticeTarget", () => {
  it("links a new creative to its card in the program's library", () => {
    expect(
      noticeTarget({
        kind: "creative.created",
        data: { creativeId: id, name: "Spring banner", kind: "banner" },
        program: { slug: "demo" },
      }),
    ).toEqual({
      kind: "creative",
      name: "Spring banner",
      href: `/portal/programs/demo/creatives#creative-${id}`,
    });
  });

  it("falls back to the library, or to nothing, when the data is not what it should be", () => {
    expect(
      noticeTarget({
        kind: "creative.created",
        data: { creativeId: 'x" onclick', name: 42 },
        program: { slug: "demo" },
      }),
    ).toEqual({ kind: "creative", name: "", href: "/portal/programs/demo/creatives" });
    expect(
      noticeTarget({
        kind: "creative.created",
        data: { creativeId: id, name: "A" },
        program: null,
      }),
    ).toEqual({ kind: "creative", name: "A", href: null });
    expect(noticeTarget({ kind: "payout.paid", data: {}, program: { slug: "demo" } })).toEqual({
      kind: "other",
      href: null,
    });
  });
});
