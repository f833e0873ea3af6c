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

  it("links a completed course to its certificate, or to the academy without a valid code", () => {
    const notice = (data: Record<string, unknown>) =>
      noticeTarget({ kind: "course.completed", data, program: { slug: "demo" } });
    expect(notice({ title: "Getting started", certificateCode: "Ab3dE9xZ_k-12345" })).toEqual({
      kind: "courseCompleted",
      title: "Getting started",
      href: "/certificates/Ab3dE9xZ_k-12345",
    });
    expect(notice({ title: 7, certificateCode: "../../admin" })).toEqual({
      kind: "courseCompleted",
      title: "",
      href: "/portal/academy",
    });
  });

  it("links webinar notices to the webinar's card, or to the webinars page", () => {
    const notice = (kind: string, data: Record<string, unknown>) =>
      noticeTarget({ kind, data, program: { slug: "demo" } });
    expect(notice("webinar.recording", { webinarId: id, title: "Q&A" })).toEqual({
      kind: "webinar",
      event: "recording",
      title: "Q&A",
      href: `/portal/webinars#webinar-${id}`,
    });
    expect(notice("webinar.cancelled", { webinarId: "javascript:x", title: 1 })).toEqual({
      kind: "webinar",
      event: "cancelled",
      title: "",
      href: "/portal/webinars",
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
