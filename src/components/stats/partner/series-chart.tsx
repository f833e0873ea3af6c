"use client";

import { useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Series } from "./types";
import { useDashboardFormat } from "./use-format";

export const CHART_HEIGHT = 220;
const COLORS = { clicks: "#4338ca", unique: "#0e7490", conversions: "#b45309", money: "#15803d" };

/**
 * Traffic and conversions, then commission, over the range. Loaded lazily (recharts is the
 * heaviest part of the page) into boxes of fixed height, so nothing moves when it arrives.
 * Hidden from screen readers: ChartTable carries the same numbers as a table.
 */
export default function SeriesChart(props: { series: Series; currency: string }) {
  const t = useTranslations("dashboard.chart");
  const f = useDashboardFormat(props.currency);
  const { granularity } = props.series;
  // Minor units as plain numbers to plot (exact below 2^53); labels go back through bigint.
  const data = props.series.points.map((point) => ({
    label: f.bucket(point.bucket, granularity),
    clicks: point.clicks,
    uniqueClicks: point.uniqueClicks,
    conversions: point.conversions,
    commission: Number(point.commission),
  }));
  const axis = { fontSize: 12, fill: "#52525b" };
  const money = (value: unknown) => f.money(BigInt(Math.round(Number(value))));

  return (
    <div aria-hidden="true" className="space-y-4">
      <div style={{ height: CHART_HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} accessibilityLayer={false} margin={{ left: -16, right: 0 }}>
            <CartesianGrid stroke="#e4e4e7" vertical={false} />
            <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" minTickGap={16} />
            <YAxis yAxisId="clicks" tick={axis} allowDecimals={false} width={48} />
            <YAxis
              yAxisId="conversions"
              orientation="right"
              tick={axis}
              allowDecimals={false}
              width={32}
            />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar
              yAxisId="conversions"
              dataKey="conversions"
              name={t("conversions")}
              fill={COLORS.conversions}
              isAnimationActive={false}
            />
            <Line
              yAxisId="clicks"
              dataKey="clicks"
              name={t("clicks")}
              stroke={COLORS.clicks}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="clicks"
              dataKey="uniqueClicks"
              name={t("uniqueClicks")}
              stroke={COLORS.unique}
              strokeWidth={2}
              strokeDasharray="4 3"
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <div style={{ height: CHART_HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ left: -16, right: 0 }}>
            <CartesianGrid stroke="#e4e4e7" vertical={false} />
            <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" minTickGap={16} />
            <YAxis tick={axis} width={64} tickFormatter={money} />
            <Tooltip formatter={money} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar
              dataKey="commission"
              name={t("commission")}
              fill={COLORS.money}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
