import type { DailyStatsRow } from "../stats/partner/daily-stats";

/** A partner's activity summed over some days: the daily rollup's counters without the day. */
export type PartnerTotals = Omit<DailyStatsRow, "day">;

export const zeroTotals = (): PartnerTotals => ({
  clicks: 0,
  uniqueClicks: 0,
  impressions: 0,
  sales: 0,
  leads: 0,
  installs: 0,
  actions: 0,
  revenue: 0n,
  refunded: 0n,
  commission: 0n,
});

/** Adds up daily rows; money stays bigint, counts stay integers. */
export function sumTotals(rows: readonly PartnerTotals[]): PartnerTotals {
  const total = zeroTotals();
  for (const row of rows) {
    total.clicks += row.clicks;
    total.uniqueClicks += row.uniqueClicks;
    total.impressions += row.impressions;
    total.sales += row.sales;
    total.leads += row.leads;
    total.installs += row.installs;
    total.actions += row.actions;
    total.revenue += row.revenue;
    total.refunded += row.refunded;
    total.commission += row.commission;
  }
  return total;
}

/** Sales, leads, installs and actions together. */
export const conversionsOf = (totals: PartnerTotals) =>
  totals.sales + totals.leads + totals.installs + totals.actions;
