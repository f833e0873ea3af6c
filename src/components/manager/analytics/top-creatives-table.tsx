import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Cell } from "~/components/ui/table";
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
  const { result } = props;
  return (
    <RankedTableSection
      id="top-creatives"
      title={t("title")}
      slug={props.slug}
      exportTable="top-creatives"
      exportWhat={tExports("topCreatives")}
      exportQuery={props.exportQuery}
      empty={t("empty")}
      caption={t("caption", { page: result.page })}
      headers={[
        { label: t("creative") },
        { label: t("partners"), align: "right" },
        { label: t("impressions"), align: "right" },
        { label: t("clicks"), align: "right" },
        { label: t("ctr"), align: "right" },
        { label: t("conversions"), align: "right" },
        { label: t("revenue"), align: "right" },
      ]}
      page={result.page}
      hasNext={result.hasNext}
      pageHref={(page) => analyticsHref(props.slug, props.query, { cp: page })}
    >
      {result.items.map((item) => (
        <tr key={item.creativeId} data-testid="top-creative-row">
          <Cell>
            <div className="font-medium">{item.name}</div>
            <div className="text-xs text-zinc-600">
              {t(`kinds.${item.kind}`)}
              {item.archived && ` · ${t("archived")}`}
            </div>
          </Cell>
          <Cell numeric>{format.number(item.partners)}</Cell>
          <Cell numeric>{format.number(item.impressions)}</Cell>
          <Cell numeric>{format.number(item.clicks)}</Cell>
          <Cell numeric>
            {item.impressions > 0
              ? format.number(item.clicks / item.impressions, {
                  style: "percent",
                  maximumFractionDigits: 2,
                })
              : "—"}
          </Cell>
          <Cell numeric>{format.number(item.conversions)}</Cell>
          <Cell numeric>{money(item.revenue)}</Cell>
        </tr>
      ))}
    </RankedTableSection>
  );
}
