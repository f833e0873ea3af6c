import { describe, expect, it } from "vitest";
import { renderHtml } from "~/components/testing/render-html";
import { locales, type Locale } from "~/i18n/locales";
import { Dashboard } from "./dashboard";
import type { InitialDashboard, Totals } from "./types";

const totals = (clicks: number, commission: bigint): Totals => ({
  clicks,
  uniqueClicks: clicks - 1,
  conversions: { sale: 2, lead: 1, install: 0, action: 0, total: 3 },
  conversionRate: 3 / (clicks - 1),
  revenue: 15_000n,
  refunded: 0n,
  commission,
  epc: commission / BigInt(clicks),
});

const initial: InitialDashboard = {
  summary: {
    program: { id: "p1", slug: "demo", name: "Demo", currency: "EUR" },
    period: { granularity: "day", from: "2026-02-23", to: "2026-03-01" },
    previousPeriod: { from: "2026-02-16", to: "2026-02-22" },
    totals: totals(1234, 45_678n),
    previous: totals(1000, 50_000n),
  },
  series: {
    granularity: "day",
    from: "2026-02-28",
    to: "2026-03-01",
    points: [
      {
        bucket: "2026-02-28",
        clicks: 4,
        uniqueClicks: 3,
        conversions: 1,
        revenue: 0n,
        commission: 0n,
      },
      {
        bucket: "2026-03-01",
        clicks: 9,
        uniqueClicks: 8,
        conversions: 2,
        revenue: 1n,
        commission: 250n,
      },
    ],
  },
  byLink: {
    items: [
      {
        linkId: "l1",
        code: "PaulBlog",
        label: "Blog sidebar",
        clicks: 10,
        uniqueClicks: 8,
        conversions: 2,
        conversionRate: 0.25,
        revenue: 9_000n,
        commission: 900n,
        epc: 90n,
      },
      {
        linkId: null,
        code: null,
        label: "",
        clicks: 0,
        uniqueClicks: 0,
        conversions: 1,
        conversionRate: null,
        revenue: 3_000n,
        commission: 300n,
        epc: null,
      },
    ],
    total: 12,
    page: 1,
    pageSize: 10,
  },
  bySubId: { items: [], total: 0, page: 1, pageSize: 10 },
  recent: [
    {
      id: "c1",
      type: "sale",
      amount: 10_000n,
      currency: "EUR",
      occurredAt: new Date("2026-03-01T10:00:00Z"),
      commission: 1_000n,
      refunded: 0n,
      status: "held",
    },
  ],
};

const render = (locale: Locale) =>
  renderHtml(locale, <Dashboard programId="p1" currency="EUR" initial={initial} />);

const text = (html: string) => html.replace(/<!-- -->/g, "");

describe("Dashboard", () => {
  it("renders the server's figures at once, with the test ids the live e2e test reads", () => {
    const { html, missing } = render("en");
    expect(missing).toEqual([]);
    const value = (testId: string) =>
      text(html).match(new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`))?.[1];
    expect(value("kpi-clicks")).toBe("1,234");
    expect(value("kpi-conversions")).toBe("3");
    expect(value("kpi-commission")).toBe("€456.78");
    expect(text(html)).toContain("▲ 23.4%");
    expect(text(html)).toContain("Page 1 of 2");
    // The first tab (by link) is rendered; the recent conversions wait behind theirs.
    expect(text(html)).not.toContain("Held for review");
    expect(html).toContain('role="tab"');
    // The trend is drawn on the server already: no chart library to wait for.
    expect(html).toContain("<svg");
    expect(text(html)).toContain("Clicks, conversions and commission per day (UTC)");
  });

  for (const locale of locales) {
    it(`has every message it uses in ${locale}`, () => {
      expect(render(locale).missing).toEqual([]);
    });
  }
});
