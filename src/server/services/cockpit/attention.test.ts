import { describe, expect, it } from "vitest";
import { attentionList, attentionTotal, noAttention } from "./attention";

describe("attentionList", () => {
  it("leaves out kinds with nothing to do (all clear when none is left)", () => {
    expect(attentionList("demo", noAttention())).toEqual([]);
    const items = attentionList("demo", { ...noAttention(), review: 2 });
    expect(items).toEqual([
      { kind: "review", tone: "action", count: 2, href: "/manage/demo/review" },
    ]);
  });

  it("puts decisions first, then warnings, then dates", () => {
    const counts = {
      payouts: 1,
      applications: 3,
      review: 2,
      contests: 1,
      bounces: 4,
      webinars: 2,
    };
    expect(attentionList("demo", counts).map((item) => [item.kind, item.tone])).toEqual([
      ["payouts", "action"],
      ["applications", "action"],
      ["review", "action"],
      ["bounces", "warning"],
      ["contests", "upcoming"],
      ["webinars", "upcoming"],
    ]);
  });

  it("raises ending contests above bounces when one has a fairness warning", () => {
    const counts = { ...noAttention(), contests: 2, bounces: 1, webinars: 1 };
    const items = attentionList("demo", counts, { contestWarnings: 1 });
    expect(items.map((item) => [item.kind, item.tone])).toEqual([
      ["contests", "warning"],
      ["bounces", "warning"],
      ["webinars", "upcoming"],
    ]);
    expect(items[0]!.count).toBe(2);
  });

  it("links each kind to its page of the program's console", () => {
    const counts = {
      payouts: 1,
      applications: 1,
      review: 1,
      contests: 1,
      bounces: 1,
      webinars: 1,
    };
    expect(Object.fromEntries(attentionList("shop", counts).map((i) => [i.kind, i.href]))).toEqual({
      payouts: "/manage/shop/payouts?status=requested",
      applications: "/manage/shop/partners?status=applied",
      review: "/manage/shop/review",
      contests: "/manage/shop/contests",
      bounces: "/manage/shop/newsletters",
      webinars: "/manage/shop/webinars?view=upcoming",
    });
  });
});

describe("attentionTotal", () => {
  it("adds up the listed counts", () => {
    const items = attentionList("demo", { ...noAttention(), applications: 3, webinars: 2 });
    expect(attentionTotal(items)).toBe(5);
    expect(attentionTotal([])).toBe(0);
  });
});
