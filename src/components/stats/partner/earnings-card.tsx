"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import type { Summary } from "./types";
import type { DashboardFormat } from "./use-format";

/** The partner's balance in the program: all time, whatever the range. */
export function EarningsCard(props: { earnings: Summary["earnings"]; format: DashboardFormat }) {
  const t = useTranslations("dashboard.earnings");
  const buckets = [
    { key: "pending", value: props.earnings.pending, testId: "kpi-pending" },
    { key: "approved", value: props.earnings.approved, testId: "kpi-approved" },
    { key: "paid", value: props.earnings.paid, testId: "kpi-paid" },
  ] as const;
  return (
    <Card>
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="text-xs text-zinc-600">{t("allTime")}</p>
      <dl className="mt-3 space-y-3">
        {buckets.map((bucket) => (
          <div key={bucket.key} className="flex items-baseline justify-between gap-3">
            <dt className="text-sm text-zinc-700">
              {t(bucket.key)}
              <span className="block text-xs text-zinc-600">{t(`${bucket.key}Hint`)}</span>
            </dt>
            <dd
              className="text-lg font-bold tabular-nums text-zinc-900"
              data-testid={bucket.testId}
            >
              {props.format.money(bucket.value)}
            </dd>
          </div>
        ))}
      </dl>
      <Link
        href="/portal/earnings"
        className="mt-4 inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {t("details")}
      </Link>
    </Card>
  );
}
