import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney } from "~/lib/money";
import type { topCreatives } from "~/server/services/analytics/top-creatives";
import { analyticsHref, type AnalyticsQuery } from "./analytics-query";
import { RankedTableSection } from "./ranked-table-section";

export function TopCreativesTable(props: {
  slug: string;
  query: AnalyticsQuery;
  currency: string;
  result: Awaited<ReturnType<typeof topCreatives>>;
  exportQuery: Record<string, string | undefined>;
}) {
  const t = useTranslations("analytics.creatives");
  const tExports = useTranslations("exports.tables");
  const format = useFormatter();
  const locale = useLocale();
  const money = (amount: bigint) => formatMoney(amount, props.currency, locale);
  return (
    <RankedTableSection
      id="top-creatives"
      title={t("title")}
      slug={props.slug}
      exportTable="top-creatives"
      exportWhat={tExports("topCreatives")}
      exportQuery={props.exportQuery}
      empty={t("empty")}
      caption={t("caption", { page: props.result.page })}
      columns={[
        {
          label: t("creative"),
          cell: (item) => (
            <>
              <div className="font-medium">{item.name}</div>
              <div className="text-xs text-zinc-600">
                {t(`kinds.${item.kind}`)}
                {item.archived && ` · ${t("archived")}`}
              </div>
            </>
          ),
        },
        { label: t("partners"), numeric: true, cell: (item) => format.number(item.partners) },
        {
          label: t("impressions"),
          numeric: true,
          cell: (item) => format.number(item.impressions),
        },
        { label: t("clicks"), numeric: true, cell: (item) => format.number(item.clicks) },
        {
          label: t("ctr"),
          numeric: true,
          cell: (item) =>
            item.impressions > 0
              ? format.number(item.clicks / item.impressions, {
                  style: "percent",
                  maximumFractionDigits: 2,
                })
              : "—",
        },
        { label: t("conversions"), numeric: true, cell: (item) => format.number(item.conversions) },
        { label: t("revenue"), numeric: true, cell: (item) => money(item.revenue) },
      ]}
      result={props.result}
      rowKey={(item) => item.creativeId}
      rowTestId="top-creative-row"
      pageHref={(page) => analyticsHref(props.slug, props.query, { cp: page })}
    />
  );
}
