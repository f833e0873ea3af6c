"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatMoney, minorToDecimal } from "~/lib/money";
import { chartColors, chartTick, chartTooltip } from "../chart-colors";

/** One day as the chart needs it; revenue stays a decimal string of minor units for tooltips. */
export type TrendPoint = { day: string; clicks: number; conversions: number; revenue: string };

/**
 * The daily trend: revenue as bars (right axis), clicks and conversions as lines (left).
 * Decorative for assistive technology: the section around it states the same in words and
 * the CSV export has every figure, so the chart is hidden from the accessibility tree rather
 * than offering hundreds of unlabeled SVG shapes.
 */
export default function TrendChart(props: { points: TrendPoint[]; currency: string }) {
  const t = useTranslations("analytics.trend");
  const locale = useLocale();
  const dayLabel = new Intl.DateTimeFormat(locale, {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
  // Plotted as a Number of currency units: only bar heights, never arithmetic on money.
  const data = props.points.map((point) => ({
    ...point,
    plotted: Number(minorToDecimal(BigInt(point.revenue), props.currency)),
  }));
  const money = (minor: string) => formatMoney(BigInt(minor), props.currency, locale);
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} accessibilityLayer={false} margin={{ left: 0, right: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={chartColors.grid} />
          <XAxis
            dataKey="day"
            tickFormatter={(day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`))}
            tick={chartTick}
            minTickGap={16}
          />
          <YAxis yAxisId="count" allowDecimals={false} tick={chartTick} width={40} />
          <YAxis yAxisId="money" orientation="right" tick={chartTick} width={56} />
          <Tooltip
            {...chartTooltip}
            formatter={(value, name, item) =>
              name === t("revenue") ? money((item.payload as TrendPoint).revenue) : String(value)
            }
            labelFormatter={(day) => dayLabel.format(new Date(`${String(day)}T00:00:00Z`))}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            yAxisId="money"
            dataKey="plotted"
            name={t("revenue")}
            fill={chartColors.revenueBar}
          />
          <Line
            yAxisId="count"
            type="monotone"
            dataKey="clicks"
            name={t("clicks")}
            stroke={chartColors.clicks}
            dot={false}
            strokeWidth={2}
          />
          <Line
            yAxisId="count"
            type="monotone"
            dataKey="conversions"
            name={t("conversions")}
            stroke={chartColors.conversions}
            dot={false}
            strokeWidth={2}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
