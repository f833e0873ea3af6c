import { describe, expect, it } from "vitest";
import type { DemoLink } from "./demo-links";
import type { DemoPartner } from "./demo-partners";
import { seededRandom } from "./demo-people";
import { planSales, type Candidate } from "./demo-sales-plan";
import { dayShare, HISTORY_DAYS, historyDayStart, planTraffic } from "./demo-traffic-plan";

const now = new Date("2025-06-15T15:30:00Z");
const DAY = 86_400_000;

const partner = (rank: number): DemoPartner => ({
  enrollmentId: `e${rank}`,
  userId: `u${rank}`,
  email: `p${rank}@partners.rally.test`,
  name: `Partner ${rank}`,
  decidedAt: new Date(now.getTime() - 200 * DAY),
  rank,
  weight: 1 / rank,
  quality: 1,
  tierKey: null,
  isDemo: rank === 2,
});
const link = (owner: DemoPartner, createdAt: Date): DemoLink => ({
  id: `l-${owner.rank}`,
  enrollmentId: owner.enrollmentId,
  code: `code${owner.rank}`,
  createdAt,
  subId: null,
  share: 1,
  bannerRatio: owner.rank === 1 ? 2 : 0,
});

describe("traffic plan", () => {
  it("spreads a day's visits over a time-of-day curve from 0 to 1", () => {
    expect(dayShare(0)).toBe(0);
    expect(dayShare(86_400)).toBeCloseTo(1, 10);
    // Waking hours hold most of the traffic.
    expect(dayShare(79_200) - dayShare(25_200)).toBeGreaterThan(0.7);
  });

  it("hits the target, follows the power law and respects link creation and now", () => {
    const partners = [1, 2, 3, 10, 50].map(partner);
    const recent = new Date(now.getTime() - 5.5 * DAY);
    const links = partners.map((p) => link(p, p.rank === 50 ? recent : historyDayStart(now, 0)));
    const cells = planTraffic(seededRandom(1), partners, links, now, 50_000);
    const total = cells.reduce((sum, cell) => sum + cell.clicks, 0);
    expect(total).toBeGreaterThan(45_000);
    expect(total).toBeLessThan(55_000);
    const clicksOf = (id: string) =>
      cells.filter((c) => c.enrollmentId === id).reduce((sum, c) => sum + c.clicks, 0);
    expect(clicksOf("e1")).toBeGreaterThan(clicksOf("e10") * 5);
    const late = cells.filter((c) => c.enrollmentId === "e50");
    expect(late.every((c) => c.day >= recent.toISOString().slice(0, 10))).toBe(true);
    expect(late[0]!.fromShare).toBeGreaterThan(0);
    const today = cells.filter((c) => c.day === "2025-06-15");
    expect(today.every((c) => c.toShare < 1 && c.toShare > 0.5)).toBe(true);
    expect(cells.some((c) => c.day === historyDayStart(now, 0).toISOString().slice(0, 10))).toBe(
      true,
    );
    expect(new Set(cells.map((c) => c.day)).size).toBe(HISTORY_DAYS);
    expect(cells.filter((c) => c.impressions > 0).every((c) => c.enrollmentId === "e1")).toBe(true);
  });
});

describe("sales plan", () => {
  const start = historyDayStart(now, 0);
  const candidates: Candidate[] = Array.from({ length: 3_000 }, (_, i) => ({
    id: `click${i}`,
    occurredAt: new Date(start.getTime() + (i / 3_000) * (now.getTime() - start.getTime())),
    enrollmentId: `e${1 + (i % 7)}`,
    country: i % 3 === 0 ? null : "PL",
  }));
  const plan = () =>
    planSales(seededRandom(9), {
      candidates,
      promoCodes: ["PAUL10", "ANNAN15"],
      partnerEmails: new Map([["e1", "p1@partners.rally.test"]]),
      currency: "USD",
      historyStart: start,
      now,
    });

  it("orders events in time, never in the future, with refunds after their sale", () => {
    const events = plan();
    const times = events.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThan(now.getTime());
    const sales = new Map(
      events.flatMap((e) => (e.kind === "conversion" ? [[e.body.external_id, e] as const] : [])),
    );
    expect(sales.size).toBe(events.filter((e) => e.kind === "conversion").length);
    const refunds = events.flatMap((e) => (e.kind === "refund" ? [e] : []));
    expect(refunds.length).toBeGreaterThan(50);
    for (const refund of refunds) {
      const sale = sales.get(refund.externalId)!;
      expect(sale.kind === "conversion" && sale.body.type).toBe("sale");
      expect(refund.at.getTime()).toBeGreaterThan(sale.at.getTime());
      expect(refund.amount).toBeLessThanOrEqual(sale.kind === "conversion" ? sale.body.amount! : 0);
      expect(refund.owner).toBe(sale.owner);
    }
  });

  it("mixes click, promo-code and unattributed conversions, some suspicious", () => {
    const bodies = plan().flatMap((e) => (e.kind === "conversion" ? [e.body] : []));
    const promo = bodies.filter((b) => b.promo_code).length / bodies.length;
    const direct = bodies.filter((b) => !b.promo_code && !b.click_id).length / bodies.length;
    expect(promo).toBeGreaterThan(0.07);
    expect(promo).toBeLessThan(0.13);
    expect(direct).toBeGreaterThan(0.06);
    expect(direct).toBeLessThan(0.12);
    expect(
      bodies.some(
        (b) =>
          b.customer?.endsWith("@mailinator.com") ||
          b.customer?.endsWith("@yopmail.com") ||
          b.customer?.endsWith("@10minutemail.com"),
      ),
    ).toBe(true);
    const customers = bodies.flatMap((b) => (b.customer ? [b.customer] : []));
    expect(new Set(customers).size).toBeLessThan(customers.length);
    expect(bodies.every((b) => b.type !== "sale" || (b.amount ?? 0) > 0)).toBe(true);
  });

  it("is the same plan for the same seed", () => {
    expect(plan()).toEqual(plan());
  });
});
