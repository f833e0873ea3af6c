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
import { formatMoney } from "~/lib/money";
import { chartColors, chartTick, chartTooltip } from "~/components/stats/chart-colors";

export type ChartDay = { day: string; clicks: number; commission: number };

/**
 * Clicks (bars, left axis) and commission (line, right axis) per UTC day. Commission comes in
 * minor units as a number: a chart needs numbers, and labels go back through formatMoney.
 */
export default function DailyChart(props: { days: readonly ChartDay[]; currency: string }) {
  const t = useTranslations("manager.partners.detail");
  const locale = useLocale();
  const money = (minor: number) => formatMoney(BigInt(Math.round(minor)), props.currency, locale);
  const dayLabel = (day: string) =>
    new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" }).format(
      new Date(`${day}T00:00:00Z`),
    );
  return (
    <ResponsiveContainer width="100%" height={240}>
      <ComposedChart data={[...props.days]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={chartColors.grid} />
        <XAxis dataKey="day" tickFormatter={dayLabel} tick={chartTick} minTickGap={16} />
        <YAxis yAxisId="clicks" allowDecimals={false} tick={chartTick} width={40} />
        <YAxis
          yAxisId="commission"
          orientation="right"
          tickFormatter={money}
          tick={chartTick}
          width={72}
        />
        <Tooltip
          {...chartTooltip}
          labelFormatter={(day) => dayLabel(String(day))}
          formatter={(value, name) =>
            name === "commission" ? [money(Number(value)), t("commission")] : [value, t("clicks")]
          }
        />
        <Legend formatter={(name) => (name === "commission" ? t("commission") : t("clicks"))} />
        <Bar yAxisId="clicks" dataKey="clicks" fill={chartColors.clicksBar} />
        <Line
          yAxisId="commission"
          dataKey="commission"
          stroke={chartColors.clicks}
          strokeWidth={2}
          dot={false}
          type="monotone"
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
