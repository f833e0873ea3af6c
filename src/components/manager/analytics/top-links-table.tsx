import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney } from "~/lib/money";
import type { topLinks } from "~/server/services/analytics/top-links";
import { analyticsHref, type AnalyticsQuery } from "./analytics-query";
import { RankedTableSection } from "./ranked-table-section";

export function TopLinksTable(props: {
  slug: string;
  query: AnalyticsQuery;
  currency: string;
  result: Awaited<ReturnType<typeof topLinks>>;
  exportQuery: Record<string, string | undefined>;
}) {
  const t = useTranslations("analytics.links");
  const tExports = useTranslations("exports.tables");
  const format = useFormatter();
  const locale = useLocale();
  const money = (amount: bigint) => formatMoney(amount, props.currency, locale);
  return (
    <RankedTableSection
      id="top-links"
      title={t("title")}
      slug={props.slug}
      exportTable="top-links"
      exportWhat={tExports("topLinks")}
      exportQuery={props.exportQuery}
      empty={t("empty")}
      caption={t("caption", { page: props.result.page })}
      columns={[
        {
          label: t("link"),
          cell: (item) =>
            item.code === null ? (
              <span className="text-zinc-600">{t("unknown")}</span>
            ) : (
              <>
                <div className="font-medium">{item.label || t("noLabel")}</div>
                <div className="font-mono text-xs text-zinc-600">{item.code}</div>
              </>
            ),
        },
        { label: t("partner"), cell: (item) => item.partnerName ?? item.partnerEmail ?? "—" },
        { label: t("clicks"), numeric: true, cell: (item) => format.number(item.clicks) },
        {
          label: t("uniqueClicks"),
          numeric: true,
          cell: (item) => format.number(item.uniqueClicks),
        },
        { label: t("conversions"), numeric: true, cell: (item) => format.number(item.conversions) },
        { label: t("revenue"), numeric: true, cell: (item) => money(item.revenue) },
        { label: t("commission"), numeric: true, cell: (item) => money(item.commission) },
      ]}
      result={props.result}
      rowKey={(item) => item.linkId}
      rowTestId="top-link-row"
      pageHref={(page) => analyticsHref(props.slug, props.query, { lp: page })}
    />
  );
}
