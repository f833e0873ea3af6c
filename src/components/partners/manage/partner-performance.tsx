import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "~/components/ui/card";
import { Cell, Table } from "~/components/ui/table";
import { formatMoney } from "~/lib/money";
import type { PartnerTotals } from "~/server/services/partners/partner-totals";
import type { DailyStatsRow } from "~/server/services/stats/partner/daily-stats";
import { LazyDailyChart } from "./lazy-daily-chart";

const countRows = ["clicks", "uniqueClicks", "sales", "leads", "installs", "actions"] as const;
const moneyRows = ["revenue", "refunded", "commission"] as const;

/** The partner's figures for the last 30 days and all time, and the 30 days day by day. */
export async function PartnerPerformance(props: {
  currency: string;
  window: { from: string; to: string };
  last30: PartnerTotals;
  allTime: PartnerTotals;
  daily: readonly DailyStatsRow[];
}) {
  const t = await getTranslations("manager.partners.detail");
  const format = await getFormatter();
  const locale = await getLocale();
  const money = (minor: bigint) => formatMoney(minor, props.currency, locale);
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <Card className="space-y-4">
      <div>
        <h3 className="font-semibold">{t("performance")}</h3>
        <p className="text-xs text-zinc-600">
          {t("windowNote", { from: day(props.window.from), to: day(props.window.to) })}
        </p>
      </div>
      <Table
        caption={t("totalsCaption")}
        headers={[
          { label: t("metric") },
          { label: t("last30"), align: "right" },
          { label: t("allTime"), align: "right" },
        ]}
      >
        {countRows.map((row) => (
          <tr key={row}>
            <th scope="row" className="px-4 py-2 text-left font-normal text-zinc-700">
              {t(row)}
            </th>
            <Cell numeric>{format.number(props.last30[row])}</Cell>
            <Cell numeric>{format.number(props.allTime[row])}</Cell>
          </tr>
        ))}
        {moneyRows.map((row) => (
          <tr key={row}>
            <th scope="row" className="px-4 py-2 text-left font-normal text-zinc-700">
              {t(row)}
            </th>
            <Cell numeric>{money(props.last30[row])}</Cell>
            <Cell numeric>{money(props.allTime[row])}</Cell>
          </tr>
        ))}
      </Table>
      <figure>
        <figcaption className="mb-2 text-sm font-medium">{t("chartTitle")}</figcaption>
        <LazyDailyChart
          currency={props.currency}
          days={props.daily.map((row) => ({
            day: row.day,
            clicks: row.clicks,
            commission: Number(row.commission),
          }))}
        />
      </figure>
      <details>
        <summary className="cursor-pointer text-sm text-brand-700">{t("showDaily")}</summary>
        <Table
          className="mt-2"
          caption={t("dailyCaption")}
          headers={[
            { label: t("day") },
            { label: t("clicks"), align: "right" },
            { label: t("conversions"), align: "right" },
            { label: t("commission"), align: "right" },
          ]}
        >
          {[...props.daily].reverse().map((row) => (
            <tr key={row.day}>
              <Cell className="whitespace-nowrap">{day(row.day)}</Cell>
              <Cell numeric>{format.number(row.clicks)}</Cell>
              <Cell numeric>
                {format.number(row.sales + row.leads + row.installs + row.actions)}
              </Cell>
              <Cell numeric>{money(row.commission)}</Cell>
            </tr>
          ))}
        </Table>
      </details>
    </Card>
  );
}
