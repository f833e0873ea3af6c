import { describe, expect, it } from "vitest";
import { renderHtml } from "~/components/testing/render-html";
import { locales, type Locale } from "~/i18n/locales";
import { HomeHero } from "./home-hero";
import type { Home } from "./types";

const home = (nextAction: Home["nextAction"]): Home => ({
  currency: "EUR",
  today: { commission: 1_250n, before: 1_000n },
  month: { from: "2026-12-01", commission: 48_000n, before: 0n, conversions: 12, clicks: 900 },
  earnings: { pending: 12_345n, approved: 500n, paid: 99_900n, available: 500n },
  hasClicks: true,
  nextAction,
  panels: {
    currency: "EUR",
    contests: [
      {
        id: "c1",
        name: "December sprint",
        metric: "revenue",
        endsOn: "2099-12-31",
        rank: 3,
        totalRanked: 12,
        value: 150_000n,
        gapToNext: 20_000n,
        prizeLabel: "Bronze voucher",
        nextMilestone: {
          index: 0,
          threshold: "200000",
          label: "Gold",
          remaining: 50_000n,
          progressBps: 7_500,
        },
      },
    ],
    nextWebinar: null,
    training: { completed: 1, total: 2, next: null },
    rewards: {
      programId: "p1",
      points: { total: 130, window: 130, windowDays: 90 },
      tier: { key: "silver", name: "Silver", benefits: "", rateBonusBps: 0 },
      next: {
        key: "gold",
        name: "Gold",
        minPoints: 200,
        rateBonusBps: 200,
        pointsNeeded: 70,
        progressBps: 6_500,
        requiredCourse: null,
        courseMissing: false,
      },
      grace: null,
      latestBadges: [],
    },
  },
});

const render = (locale: Locale, data: Home) =>
  renderHtml(locale, <HomeHero programId="p1" slug="demo" initial={data} />);

describe("HomeHero", () => {
  it("answers how the partner is doing: today, this month, balance, tier, contest place", () => {
    const { html, missing } = render("en", home({ kind: "requestPayout", amount: 500n }));
    expect(missing).toEqual([]);
    const value = (testId: string) =>
      html.match(new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`))?.[1];
    expect(value("home-today")).toBe("€12.50");
    expect(value("home-month")).toBe("€480.00");
    expect(value("kpi-pending")).toBe("€123.45");
    expect(html).toContain("▲ 25%");
    expect(html).toContain("70 points to Gold");
    expect(html).toContain("Gold adds 2% to your commission");
    expect(html).toContain("#3 of 12");
    expect(html).toContain("€200.00 behind #2");
    expect(html).toContain("Prize at your place: Bronze voucher");
    expect(html).toContain("€5.00 is ready to be paid out to you.");
    expect(html).toContain('href="/portal/earnings"');
  });

  it("words each next action with its own link", () => {
    const milestone = render(
      "en",
      home({
        kind: "reachMilestone",
        contestId: "c1",
        contestName: "December sprint",
        label: "Gold",
        remaining: 50_000n,
      }),
    ).html;
    expect(milestone).toContain("€500.00 more to reach “Gold” in December sprint.");
    expect(milestone).toContain('href="/portal/contests/c1"');
    const first = render("en", home({ kind: "shareFirstLink" })).html;
    expect(first).toContain('href="/portal/programs/demo/links"');
    const course = render(
      "en",
      home({ kind: "finishCourse", courseId: "k1", title: "Basics", tier: "Gold" }),
    ).html;
    expect(course).toContain("Finish “Basics” to unlock the Gold tier.");
    expect(course).toContain('href="/portal/academy/k1"');
  });

  for (const locale of locales) {
    it(`has every message it uses in ${locale}`, () => {
      for (const action of [
        { kind: "acceptTerms" },
        { kind: "newCreatives", count: 3 },
        { kind: "shareLink" },
      ] as const) {
        expect(render(locale, home(action)).missing).toEqual([]);
      }
    });
  }
});
