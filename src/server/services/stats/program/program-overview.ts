import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { enrollments, ledgerEntries, payouts } from "~/server/db/schema/index";
import type { ProgramContext } from "../../context";
import { conversionRate, earningsPerClick, shareOf } from "~/lib/rates";
import { periodBounds, previousPeriod, type DayRange } from "~/lib/period";
import { periodSchema, resolvePeriod } from "./period";
import { dayRangeSchema } from "../day-range";
import { rangeTotals, type RangeTotals } from "./range-totals";

export const overviewInput = z.object({
  period: periodSchema,
  /**
   * What the deltas compare with; by default the period of equal length just before. The
   * cockpit compares a month to date with the same days of the previous month.
   */
  compareWith: dayRangeSchema.optional(),
});
export type OverviewInput = z.input<typeof overviewInput>;

/** One period's figures; money in minor units of the program's currency. */
export type Kpis = ReturnType<typeof toKpis>;

/**
 * The program's KPIs for a period and for the period of equal length before it (for deltas),
 * plus what is owed to partners right now. Traffic and conversions come from the daily
 * rollup; payouts made and commissions owed from the payouts and the ledger, the money's own
 * records (one indexed aggregate each, no raw events).
 */
export async function programOverview(ctx: ProgramContext, input: OverviewInput, now = new Date()) {
  const { period, compareWith } = overviewInput.parse(input);
  const range = resolvePeriod(period, now);
  const previous = compareWith ?? previousPeriod(range);
  const [current, prior, joined, paid, owed] = await Promise.all([
    rangeTotals(ctx.db, ctx.program.id, range),
    rangeTotals(ctx.db, ctx.program.id, previous),
    newPartners(ctx, range, previous),
    paidOut(ctx, range, previous),
    owedNow(ctx),
  ]);
  return {
    range,
    previous,
    currency: ctx.program.currency,
    current: toKpis(current, joined.current, paid.current),
    prior: toKpis(prior, joined.previous, paid.previous),
    owed,
  };
}

function toKpis(totals: RangeTotals, newPartnerCount: number, paidOutAmount: bigint) {
  const { partners, unattributed } = totals;
  const sum = (key: "sales" | "leads" | "installs" | "actions") =>
    partners[key] + unattributed[key];
  const partnerConversions = partners.sales + partners.leads + partners.installs + partners.actions;
  const partnerRevenue = partners.revenue - partners.refunded;
  const unattributedRevenue = unattributed.revenue - unattributed.refunded;
  const conversions = {
    sale: sum("sales"),
    lead: sum("leads"),
    install: sum("installs"),
    action: sum("actions"),
  };
  return {
    clicks: partners.clicks,
    uniqueClicks: partners.uniqueClicks,
    conversions: {
      ...conversions,
      total: conversions.sale + conversions.lead + conversions.install + conversions.action,
    },
    /** Partners' conversions per unique click: unattributed sales had no click to convert. */
    conversionRate: conversionRate(partnerConversions, partners.uniqueClicks),
    revenue: partners.revenue + unattributed.revenue,
    refunded: partners.refunded + unattributed.refunded,
    /** Partners' own commissions (not their recruiters' overrides), net of reversals. */
    commission: partners.commission,
    epc: earningsPerClick(partners.commission, partners.clicks),
    paidOut: paidOutAmount,
    activePartners: totals.activePartners,
    newPartners: newPartnerCount,
    /** Sales through partners vs. without one, net of refunds. */
    partnerRevenue,
    unattributedRevenue,
    partnerSales: partners.sales,
    unattributedSales: unattributed.sales,
    partnerShare: shareOf(partnerRevenue, partnerRevenue + unattributedRevenue),
  };
}

/** Partners approved during each period (still counted if suspended since). */
async function newPartners(ctx: ProgramContext, range: DayRange, previous: DayRange) {
  const now = periodBounds(range);
  const before = periodBounds(previous);
  const decided = enrollments.decidedAt;
  const [row] = await ctx.db
    .select({
      current: sql<number>`(count(*) filter (where ${decided} >= ${now.start.toISOString()}::timestamptz))::int`,
      previous: sql<number>`(count(*) filter (where ${decided} < ${before.end.toISOString()}::timestamptz))::int`,
    })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.programId, ctx.program.id),
        inArray(enrollments.status, ["approved", "suspended"]),
        gte(decided, before.start),
        lt(decided, now.end),
      ),
    );
  return { current: row?.current ?? 0, previous: row?.previous ?? 0 };
}

/** Payouts marked paid during each period. */
async function paidOut(ctx: ProgramContext, range: DayRange, previous: DayRange) {
  const now = periodBounds(range);
  const before = periodBounds(previous);
  const [row] = await ctx.db
    .select({
      current: sql<string>`coalesce(sum(${payouts.amount}) filter (where ${payouts.paidAt} >= ${now.start.toISOString()}::timestamptz), 0)::text`,
      previous: sql<string>`coalesce(sum(${payouts.amount}) filter (where ${payouts.paidAt} < ${before.end.toISOString()}::timestamptz), 0)::text`,
    })
    .from(payouts)
    .where(
      and(
        eq(payouts.programId, ctx.program.id),
        eq(payouts.status, "paid"),
        eq(payouts.currency, ctx.program.currency),
        gte(payouts.paidAt, before.start),
        lt(payouts.paidAt, now.end),
      ),
    );
  return { current: BigInt(row?.current ?? "0"), previous: BigInt(row?.previous ?? "0") };
}

/**
 * What the program owes its partners now, whatever the period: commissions and overrides still
 * in their hold (pending) and approved but not yet paid, corrections included.
 */
async function owedNow(ctx: ProgramContext) {
  const status = ledgerEntries.status;
  const [row] = await ctx.db
    .select({
      pending: sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${status} = 'pending'), 0)::text`,
      approved: sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${status} = 'approved'), 0)::text`,
    })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.programId, ctx.program.id),
        inArray(status, ["pending", "approved"]),
        eq(ledgerEntries.currency, ctx.program.currency),
      ),
    );
  return { pending: BigInt(row?.pending ?? "0"), approved: BigInt(row?.approved ?? "0") };
}
