import { z } from "zod";
import { dailySeries } from "../stats/program/daily-series";
import type { DayRange } from "~/lib/period";
import { periodFromQuery, periodSchema, resolvePeriod } from "../stats/program/period";
import { topCreatives } from "../stats/program/top-creatives";
import { topLinks } from "../stats/program/top-links";
import { topPartners } from "../stats/program/top-partners";
import { TABLE_SORTS } from "../stats/program/traffic-totals";
import { RANK_METRICS } from "../stats/program/rank-partners";
import { addDays } from "~/lib/dates";
import { money, ratio } from "./cells";
import { defineExport } from "./define-export";

/** The analytics page's query string: `range` (7d/30d/90d/custom) with `from` and `to`. */
const periodQuery = z
  .object({ range: z.string().optional(), from: z.string().optional(), to: z.string().optional() })
  .transform((query, ctx): { range: DayRange } => {
    const parsed = periodSchema.safeParse(periodFromQuery(query));
    if (parsed.success) return { range: resolvePeriod(parsed.data) };
    ctx.addIssue({ code: "custom", message: "invalid period" });
    return z.NEVER;
  });

const withPeriod = <T extends z.ZodRawShape>(shape: T) =>
  z.intersection(z.object(shape), periodQuery);

const describeRange = ({ range }: { range: DayRange }) => `${range.from}_${range.to}`;
const PAGE = 500;
// The program's currency, for money cells; rows carry it so columns need no context.
type WithCurrency = { currency: string };

export const topPartnersExport = defineExport({
  permission: "program.read",
  params: withPeriod({ metric: z.enum(RANK_METRICS).default("revenue") }),
  describe: describeRange,
  async fetchPage(ctx, params, cursor: number | null) {
    const page = cursor ?? 1;
    const result = await topPartners(ctx, {
      ...params.range,
      metric: params.metric,
      page,
      pageSize: PAGE,
    });
    const rows = result.items.map((item) => ({
      ...item,
      metric: params.metric,
      currency: ctx.program.currency,
    }));
    return { rows, next: result.hasNext ? page + 1 : null };
  },
}).columns([
  { key: "rank", value: (row) => row.rank },
  { key: "partner_name", value: (row) => row.name },
  { key: "partner_email", value: (row) => row.email },
  { key: "ranked_by", value: (row) => row.metric },
  { key: "clicks", value: (row) => row.clicks },
  { key: "conversions", value: (row) => row.conversions },
  { key: "revenue", value: (row) => money(row.revenue, row.currency) },
  { key: "commission", value: (row) => money(row.commission, row.currency) },
  { key: "currency", value: (row) => row.currency },
]);

type TrafficRow = WithCurrency & {
  clicks: number;
  uniqueClicks: number;
  impressions: number;
  conversions: number;
  revenue: bigint;
  commission: bigint;
};

const trafficColumns = [
  { key: "clicks", value: (row: TrafficRow) => row.clicks },
  { key: "unique_clicks", value: (row: TrafficRow) => row.uniqueClicks },
  { key: "impressions", value: (row: TrafficRow) => row.impressions },
  { key: "conversions", value: (row: TrafficRow) => row.conversions },
  { key: "revenue", value: (row: TrafficRow) => money(row.revenue, row.currency) },
  { key: "commission", value: (row: TrafficRow) => money(row.commission, row.currency) },
  { key: "currency", value: (row: TrafficRow) => row.currency },
];

export const topLinksExport = defineExport({
  permission: "program.read",
  params: withPeriod({ sort: z.enum(TABLE_SORTS).default("clicks") }),
  describe: describeRange,
  async fetchPage(ctx, params, cursor: number | null) {
    const page = cursor ?? 1;
    const result = await topLinks(ctx, {
      ...params.range,
      sort: params.sort,
      page,
      pageSize: PAGE,
    });
    const rows = result.items.map((item) => ({ ...item, currency: ctx.program.currency }));
    return { rows, next: result.hasNext ? page + 1 : null };
  },
}).columns([
  { key: "link_code", value: (row) => row.code },
  { key: "label", value: (row) => row.label },
  { key: "destination", value: (row) => row.destination },
  { key: "partner_name", value: (row) => row.partnerName },
  { key: "partner_email", value: (row) => row.partnerEmail },
  ...trafficColumns,
]);

export const topCreativesExport = defineExport({
  permission: "program.read",
  params: withPeriod({ sort: z.enum(TABLE_SORTS).default("clicks") }),
  describe: describeRange,
  async fetchPage(ctx, params, cursor: number | null) {
    const page = cursor ?? 1;
    const result = await topCreatives(ctx, {
      ...params.range,
      sort: params.sort,
      page,
      pageSize: PAGE,
    });
    const rows = result.items.map((item) => ({ ...item, currency: ctx.program.currency }));
    return { rows, next: result.hasNext ? page + 1 : null };
  },
}).columns([
  { key: "creative_id", value: (row) => row.creativeId },
  { key: "name", value: (row) => row.name },
  { key: "kind", value: (row) => row.kind },
  { key: "archived", value: (row) => (row.archived ? "yes" : "no") },
  { key: "partners", value: (row) => row.partners },
  ...trafficColumns,
  {
    key: "ctr",
    value: (row) => ratio(row.impressions > 0 ? row.clicks / row.impressions : null),
  },
]);

const SERIES_CHUNK_DAYS = 100;

export const dailySeriesExport = defineExport({
  permission: "program.read",
  params: withPeriod({}),
  describe: describeRange,
  // Chunks of days (the cursor is the first day of the next chunk), like the chart's series.
  async fetchPage(ctx, params, cursor: string | null) {
    const from = cursor ?? params.range.from;
    const last = addDays(from, SERIES_CHUNK_DAYS - 1);
    const to = last < params.range.to ? last : params.range.to;
    const days = await dailySeries(ctx, { from, to });
    const rows = days.map((day) => ({ ...day, currency: ctx.program.currency }));
    return { rows, next: to < params.range.to ? addDays(to, 1) : null };
  },
}).columns([
  { key: "day", value: (row) => row.day },
  { key: "clicks", value: (row) => row.clicks },
  { key: "unique_clicks", value: (row) => row.uniqueClicks },
  { key: "conversions", value: (row) => row.conversions },
  { key: "sales", value: (row) => row.sales },
  { key: "revenue", value: (row) => money(row.revenue, row.currency) },
  { key: "partner_revenue", value: (row) => money(row.partnerRevenue, row.currency) },
  { key: "refunded", value: (row) => money(row.refunded, row.currency) },
  { key: "commission", value: (row) => money(row.commission, row.currency) },
  { key: "currency", value: (row) => row.currency },
]);
