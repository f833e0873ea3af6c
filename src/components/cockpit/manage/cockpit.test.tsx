import { describe, expect, it } from "vitest";
import { renderHtml } from "~/components/testing/render-html";
import { locales } from "~/i18n/locales";
import type { ProgramCockpit } from "~/server/services/cockpit/program-cockpit";
import { attentionList } from "~/server/services/cockpit/attention";
import { AttentionCard } from "./attention-card";
import { CockpitKpis } from "./cockpit-kpis";
import { GettingStarted } from "./getting-started";
import { MoversCard } from "./movers-card";
import { ProgramSummaryCard } from "./program-summary-card";
import { RevenueSparkline } from "./revenue-sparkline";

const kpis = (revenue: bigint) => ({
  clicks: 40,
  uniqueClicks: 30,
  conversions: { sale: 3, lead: 1, install: 0, action: 0, total: 4 },
  conversionRate: 0.1,
  revenue,
  refunded: 0n,
  commission: revenue / 10n,
  epc: 10n,
  paidOut: 0n,
  activePartners: 3,
  newPartners: 1,
  partnerRevenue: revenue,
  unattributedRevenue: 0n,
  partnerSales: 3,
  unattributedSales: 0,
  partnerShare: 1,
});

const counts = { payouts: 1, applications: 2, review: 0, contests: 1, bounces: 3, webinars: 1 };

describe("cockpit components", () => {
  for (const locale of locales) {
    it(`render in ${locale} with every message found`, () => {
      const { html, missing } = renderHtml(
        locale,
        <>
          <CockpitKpis
            currency="EUR"
            kpis={{
              current: kpis(12_345n),
              prior: kpis(10_000n),
              owed: { pending: 500n, approved: 250n },
            }}
          />
          <AttentionCard
            slug="demo"
            items={attentionList("demo", counts, { contestWarnings: 1 })}
            contests={[
              {
                id: "c1",
                name: "December sprint",
                endsOn: "2026-12-10",
                unreachableMilestones: 1,
                unfilledRanks: 2,
                warning: true,
              },
            ]}
          />
          <AttentionCard slug="demo" items={[]} contests={[]} />
          <MoversCard
            slug="demo"
            currency="EUR"
            movers={{
              rising: [
                {
                  enrollmentId: "e1",
                  name: "Ada",
                  email: "ada@example.com",
                  current: 3_000n,
                  previous: 200n,
                  change: 2_800n,
                },
              ],
              falling: [],
            }}
          />
          <RevenueSparkline
            slug="demo"
            currency="EUR"
            trend={{
              current: [
                { day: "2026-12-01", revenue: 100n },
                { day: "2026-12-02", revenue: 300n },
              ],
              previous: [{ day: "2026-11-01", revenue: 200n }],
            }}
          />
          <GettingStarted
            slug="demo"
            setup={
              {
                partners: false,
                conversions: false,
                subscribers: false,
                rules: true,
                creatives: false,
                contests: false,
              } satisfies ProgramCockpit["setup"]
            }
          />
          <ul>
            <ProgramSummaryCard
              program={{
                id: "p1",
                slug: "demo",
                name: "Demo",
                currency: "EUR",
                approved: 3,
                pending: 1,
                current: { revenue: 1_000n, commission: 100n, activePartners: 2 },
                previous: { revenue: 500n, commission: 50n, activePartners: 2 },
                attention: 4,
              }}
            />
          </ul>
        </>,
      );
      expect(missing).toEqual([]);
      for (const id of [
        "kpi-revenue-value",
        "kpi-owed-value",
        "attention-payouts",
        "attention-applications",
        "attention-contests",
        "attention-bounces",
        "attention-webinars",
        "attention-clear",
        "ending-contest",
        "movers-rising",
        "start-share",
        "home-attention",
      ])
        expect(html, id).toContain(`data-testid="${id}"`);
      expect(html).not.toContain('data-testid="attention-review"');
      // Colours are the palette's classes, never literal values the dark mode could not remap.
      expect(html).not.toMatch(/#[0-9a-f]{3,6}\b/i);
    });
  }

  it("orders the attention rows as the list says", () => {
    const { html } = renderHtml(
      "en",
      <AttentionCard slug="demo" items={attentionList("demo", counts)} contests={[]} />,
    );
    const order = [...html.matchAll(/data-testid="attention-(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual(["payouts", "applications", "bounces", "contests", "webinars"]);
    expect(html).toContain('2</span><span class="flex-1 text-zinc-900">applications waiting');
  });
});
