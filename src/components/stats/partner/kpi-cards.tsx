"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Delta } from "~/components/stats/delta";
import type { Summary } from "./types";
import type { DashboardFormat } from "./use-format";

type Kpi = {
  key: string;
  label: string;
  value: string;
  detail?: string;
  delta: ReactNode;
  testId?: string;
};

/** The headline figures of the range, each with its change on the previous period. */
export function KpiCards(props: { summary: Summary; format: DashboardFormat }) {
  const t = useTranslations("dashboard.kpi");
  const { totals, previous } = props.summary;
  const f = props.format;
  const delta = (current: bigint | number, before: bigint | number) => (
    <Delta variant="compact" current={current} previous={before} />
  );
  const kpis: Kpi[] = [
    {
      key: "clicks",
      label: t("clicks"),
      value: f.count(totals.clicks),
      detail: t("unique", { count: f.count(totals.uniqueClicks) }),
      delta: delta(totals.clicks, previous.clicks),
      testId: "kpi-clicks",
    },
    {
      key: "conversions",
      label: t("conversions"),
      value: f.count(totals.conversions.total),
      detail: t("byType", {
        sale: f.count(totals.conversions.sale),
        lead: f.count(totals.conversions.lead),
        install: f.count(totals.conversions.install),
        action: f.count(totals.conversions.action),
      }),
      delta: delta(totals.conversions.total, previous.conversions.total),
      testId: "kpi-conversions",
    },
    {
      key: "rate",
      label: t("conversionRate"),
      value: f.percent(totals.conversionRate),
      detail: t("conversionRateHint"),
      delta: delta(
        Math.round((totals.conversionRate ?? 0) * 10_000),
        Math.round((previous.conversionRate ?? 0) * 10_000),
      ),
    },
    {
      key: "commission",
      label: t("commission"),
      value: f.money(totals.commission),
      detail: t("revenue", { amount: f.money(totals.revenue) }),
      delta: delta(totals.commission, previous.commission),
      testId: "kpi-commission",
    },
    {
      key: "epc",
      label: t("epc"),
      value: f.money(totals.epc),
      detail: t("epcHint"),
      delta: delta(totals.epc ?? 0n, previous.epc ?? 0n),
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
      {kpis.map((kpi) => (
        <div
          key={kpi.key}
          className="flex min-w-0 flex-col rounded-lg border border-zinc-200 bg-white p-4 shadow-sm"
        >
          <dt className="text-sm text-zinc-600">{kpi.label}</dt>
          <dd
            className="mt-1 break-words text-xl font-bold tabular-nums text-zinc-900 sm:text-2xl"
            data-testid={kpi.testId}
          >
            {kpi.value}
          </dd>
          {kpi.detail && <dd className="mt-0.5 text-xs text-zinc-600">{kpi.detail}</dd>}
          <dd className="mt-auto pt-2">{kpi.delta}</dd>
        </div>
      ))}
    </dl>
  );
}
