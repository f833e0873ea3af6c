import { describe, expect, it } from "vitest";
import { renderHtml } from "~/components/testing/render-html";
import { locales, type Locale } from "~/i18n/locales";
import { WeeklyGoalCard, type WeeklyGoalView } from "./weekly-goal-card";

const week = { key: "2026-W50", from: "2026-12-07", to: "2026-12-13" };
const empty: WeeklyGoalView = {
  goal: null,
  week,
  value: 0n,
  percent: 0,
  met: false,
  weeksMetStreak: 0,
};
const commission: WeeklyGoalView = {
  goal: { metric: "commission", target: 20_000n, since: "2026-11-02" },
  week,
  value: 12_550n,
  percent: 6275,
  met: false,
  weeksMetStreak: 3,
};

const render = (locale: Locale, initial: WeeklyGoalView) =>
  renderHtml(locale, <WeeklyGoalCard programId="p1" currency="EUR" initial={initial} />);

describe("WeeklyGoalCard", () => {
  it("invites a partner without a goal to set one, the form ready", () => {
    const { html, missing } = render("en", empty);
    expect(missing).toEqual([]);
    expect(html).toContain('data-testid="weekly-goal-empty"');
    expect(html).toContain("Set a goal for this week");
    expect(html).toContain("Dec 7 – Dec 13");
    expect(html).toContain("<select");
    expect(html).toContain("Set goal");
    expect(html).not.toContain('role="progressbar"');
  });

  it("shows this week's progress in money, what is left and the streak", () => {
    const { html, missing } = render("en", commission);
    expect(missing).toEqual([]);
    expect(html).toContain("€125.50");
    expect(html).toContain("of €200.00 commission this week");
    expect(html).toContain('aria-valuenow="62"');
    expect(html).toContain("€74.50 to go");
    expect(html).toContain("Goal met 3 weeks in a row");
    expect(html).toContain("Change goal");
  });

  it("celebrates a goal reached and leaves out a streak of none", () => {
    const met = { ...commission, value: 25_000n, percent: 10_000, met: true, weeksMetStreak: 0 };
    const { html } = render("en", { ...met, goal: { ...met.goal!, metric: "clicks" } });
    expect(html).toContain("25,000");
    expect(html).toContain("Goal reached this week");
    expect(html).toContain('aria-valuenow="100"');
    expect(html).not.toContain("in a row");
  });

  for (const locale of locales) {
    it(`has every message it uses in ${locale}`, () => {
      expect(render(locale, empty).missing).toEqual([]);
      expect(render(locale, commission).missing).toEqual([]);
    });
  }
});
