import { describe, expect, it } from "vitest";
import { rewardNoticeTarget } from "./reward-notice";

const program = { slug: "demo" };

describe("rewardNoticeTarget", () => {
  it("reads badge, tier and grace notices and links to the program's rewards", () => {
    expect(
      rewardNoticeTarget({
        kind: "badge.awarded",
        data: { name: "First sale", icon: "🏅" },
        program,
      }),
    ).toEqual({
      kind: "reward",
      view: { type: "badge", name: "First sale", icon: "🏅" },
      href: "/portal/rewards?program=demo",
    });
    expect(
      rewardNoticeTarget({
        kind: "tier.changed",
        data: { to: "gold", name: "Gold", up: true },
        program,
      })?.view,
    ).toEqual({ type: "tier", name: "Gold", up: true });
    expect(rewardNoticeTarget({ kind: "tier.changed", data: { to: null }, program })?.view).toEqual(
      {
        type: "tierRemoved",
      },
    );
    expect(
      rewardNoticeTarget({
        kind: "tier.grace",
        data: { tier: "gold", name: "Gold", until: "2026-04-01T00:00:00.000Z" },
        program: null,
      }),
    ).toEqual({
      kind: "reward",
      view: { type: "grace", name: "Gold", until: new Date("2026-04-01T00:00:00.000Z") },
      href: "/portal/rewards",
    });
  });

  it("survives data that is not what it should be, and ignores other kinds", () => {
    expect(
      rewardNoticeTarget({ kind: "tier.grace", data: { tier: 5, until: "soon" }, program })?.view,
    ).toEqual({ type: "grace", name: "", until: null });
    expect(rewardNoticeTarget({ kind: "badge.awarded", data: {}, program })?.view).toEqual({
      type: "badge",
      name: "",
      icon: "",
    });
    expect(rewardNoticeTarget({ kind: "creative.created", data: {}, program })).toBeNull();
  });
});
