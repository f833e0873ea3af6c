import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney } from "~/lib/money";
import type { SeriesDay } from "~/server/services/stats/program/daily-series";
import { ExportCsvButton } from "../../exports/manage/export-csv-button";
import { TrendChartLazy } from "./trend-chart-lazy";

/** The daily trend: a sentence that says what the chart shows, the chart, and its CSV. */
export function TrendSection(props: {
  slug: string;
  days: SeriesDay[];
  currency: string;
  exportQuery: Record<string, string | undefined>;
}) {
  const t = useTranslations("analytics.trend");
  const tExports = useTranslations("exports.tables");
  const format = useFormatter();
  const locale = useLocale();
  const money = (amount: bigint) => formatMoney(amount, props.currency, locale);
  const totals = props.days.reduce(
    (sum, day) => ({
      clicks: sum.clicks + day.clicks,
      conversions: sum.conversions + day.conversions,
      revenue: sum.revenue + day.revenue,
    }),
    { clicks: 0, conversions: 0, revenue: 0n },
  );
  const best = props.days.reduce<SeriesDay | null>(
    (top, day) => (day.revenue > (top?.revenue ?? 0n) ? day : top),
    null,
  );
  const dayLabel = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  return (
    <section aria-labelledby="trend-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="trend-title" className="text-base font-semibold">
          {t("title")}
        </h3>
        <ExportCsvButton
          slug={props.slug}
          table="daily"
          what={tExports("daily")}
          query={props.exportQuery}
        />
      </div>
      <div className="rounded-lg border border-zinc-200 bg-white p-3 shadow-sm">
        <p className="text-sm text-zinc-700" data-testid="trend-summary">
          {t("summary", {
            days: props.days.length,
            clicks: format.number(totals.clicks),
            conversions: format.number(totals.conversions),
            revenue: money(totals.revenue),
          })}{" "}
          {best
            ? t("busiest", { day: dayLabel(best.day), revenue: money(best.revenue) })
            : t("quiet")}
        </p>
        <div className="mt-3">
          <TrendChartLazy
            currency={props.currency}
            points={props.days.map((day) => ({
              day: day.day,
              clicks: day.clicks,
              conversions: day.conversions,
              revenue: day.revenue.toString(),
            }))}
          />
        </div>
      </div>
    </section>
  );
}
