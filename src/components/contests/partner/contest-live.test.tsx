import { describe, expect, it } from "vitest";
import { renderHtml } from "~/components/testing/render-html";
import { locales } from "~/i18n/locales";
import { ContestLive, type PartnerContest } from "./contest-live";
import { ContestRules } from "../contest-rules";

const contest: PartnerContest["contest"] = {
  id: "5d0c7d52-5b8e-4f3e-9a57-7d1d1f1b2c3d",
  programId: "0f6a3c1e-1c84-4c0e-8d61-0a4f9f1d2e3b",
  name: "Spring sprint",
  description: "",
  metric: "revenue",
  startsOn: "2026-03-01",
  endsOn: "2026-03-31",
  eligibleTierKeys: [],
  prizes: [
    { fromRank: 1, toRank: 1, label: "Trip", points: 500 },
    { fromRank: 2, toRank: 3, label: "Voucher" },
  ],
  milestones: [
    { threshold: "10000", label: "Bronze" },
    { threshold: "100000", label: "Gold" },
  ],
  leagues: [],
  showAliases: true,
  hideAmounts: true,
  status: "running",
  tieBreakKey: "contests.tieBreak.firstToReach",
  lateRefundRuleKey: "contests.lateRefundRule",
  launchedAt: new Date("2026-03-01T08:00:00Z"),
  frozenAt: null,
  cancelledAt: null,
  createdAt: new Date("2026-02-20T08:00:00Z"),
};

const initial: PartnerContest = {
  contest,
  status: "running",
  me: {
    rank: 12,
    value: 25_050n,
    gapToNext: null,
    nextMilestone: {
      index: 1,
      threshold: "100000",
      label: "Gold",
      remaining: 74_950n,
      progressBps: 2505,
    },
    reachedMilestones: [{ index: 0, threshold: "10000", label: "Bronze" }],
    league: null,
    prizeLabel: null,
  },
  top: Array.from({ length: 10 }, (_, i) => ({
    rank: i + 1,
    tied: false,
    displayName: { kind: "alias" as const, code: `CODE${i}` },
    value: null,
    isMe: false,
    prizeLabel: i === 0 ? "Trip" : i < 3 ? "Voucher" : null,
  })),
  around: [
    {
      rank: 11,
      tied: false,
      displayName: { kind: "alias", code: "ABOVE1" },
      value: null,
      isMe: false,
      prizeLabel: null,
    },
    {
      rank: 12,
      tied: false,
      displayName: { kind: "name", name: "Paul Partner" },
      value: 25_050n,
      isMe: true,
      prizeLabel: null,
    },
  ],
  totalRanked: 40,
  updatedAt: new Date("2026-03-10T12:00:00Z"),
};

const page = (data: PartnerContest = initial) => (
  <>
    <ContestLive initial={data} currency="EUR" />
    <ContestRules contest={data.contest} currency="EUR" audience="partner" level={2} />
  </>
);

describe("ContestLive", () => {
  it("shows the viewer's standing, progress and the table as the contest allows", () => {
    const { html, missing } = renderHtml("en", page());
    expect(missing).toEqual([]);
    const value = (testId: string) =>
      html.match(new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`))?.[1];
    expect(value("my-rank")).toBe("#12");
    expect(value("my-value")).toBe("€250.50");
    expect(html).toContain('aria-valuenow="25"');
    expect(html).toContain("Next milestone: Gold at €1,000.00");
    // Hidden amounts: others' values and the exact gap are not shown; aliases stand for names.
    expect(html).toContain("the gap to the next rank is not shown");
    expect(html).toContain("Partner CODE0");
    expect(html.match(/>Hidden</g)).toHaveLength(11);
    // The viewer's own row keeps their name and value, and is marked.
    expect(html).toMatch(/data-me="true"[^>]*>.*Paul Partner.*€250\.50/);
    expect(html).toContain("Refunds recorded after the freeze never change ranks");
  });

  it("states the leader and the final prize when the contest is over", () => {
    const { html } = renderHtml(
      "en",
      page({
        ...initial,
        status: "final",
        me: { ...initial.me, rank: 1, prizeLabel: "Trip" },
      }),
    );
    expect(html).toContain("You won: Trip");
    expect(html).toContain("Final top 10");
    expect(html).not.toContain("You are in the lead");
  });

  for (const locale of locales) {
    it(`has every message it uses in ${locale}`, () => {
      expect(renderHtml(locale, page()).missing).toEqual([]);
    });
  }
});
