"use client";

import { useFormatter, useLocale } from "next-intl";
import { formatMoney } from "~/lib/money";

const DASH = "—";

/**
 * The dashboard's figures in the partner's language: money in the program's currency, rates as
 * percentages, and UTC hours and days (the rollups' buckets), never the browser's time zone.
 */
export function useDashboardFormat(currency: string) {
  const format = useFormatter();
  const locale = useLocale();
  return {
    money: (minor: bigint | null) => (minor === null ? DASH : formatMoney(minor, currency, locale)),
    /** An amount in a currency of its own (what the merchant reported a sale in). */
    moneyIn: (minor: bigint, other: string) => formatMoney(minor, other, locale),
    count: (value: number) => format.number(value),
    percent: (rate: number | null) =>
      rate === null ? DASH : format.number(rate, { style: "percent", maximumFractionDigits: 1 }),
    /** A chart bucket: an ISO hour or a UTC day. */
    bucket: (bucket: string, granularity: "hour" | "day") =>
      granularity === "hour"
        ? format.dateTime(new Date(bucket), { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })
        : format.dateTime(new Date(`${bucket}T00:00:00Z`), {
            month: "short",
            day: "numeric",
            timeZone: "UTC",
          }),
    day: (day: string) =>
      format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    moment: (at: Date) =>
      format.dateTime(at, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  };
}

export type DashboardFormat = ReturnType<typeof useDashboardFormat>;
