import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Cell } from "~/components/ui/table";
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
  const { result } = props;
  return (
    <RankedTableSection
      id="top-links"
      title={t("title")}
      slug={props.slug}
      exportTable="top-links"
      exportWhat={tExports("topLinks")}
      exportQuery={props.exportQuery}
      empty={t("empty")}
      caption={t("caption", { page: result.page })}
      headers={[
        { label: t("link") },
        { label: t("partner") },
        { label: t("clicks"), align: "right" },
        { label: t("uniqueClicks"), align: "right" },
        { label: t("conversions"), align: "right" },
        { label: t("revenue"), align: "right" },
        { label: t("commission"), align: "right" },
      ]}
      page={result.page}
      hasNext={result.hasNext}
      pageHref={(page) => analyticsHref(props.slug, props.query, { lp: page })}
    >
      {result.items.map((item) => (
        <tr key={item.linkId} data-testid="top-link-row">
          <Cell>
            {item.code === null ? (
              <span className="text-zinc-600">{t("unknown")}</span>
            ) : (
              <>
                <div className="font-medium">{item.label || t("noLabel")}</div>
                <div className="font-mono text-xs text-zinc-600">{item.code}</div>
              </>
            )}
          </Cell>
          <Cell>{item.partnerName ?? item.partnerEmail ?? "—"}</Cell>
          <Cell numeric>{format.number(item.clicks)}</Cell>
          <Cell numeric>{format.number(item.uniqueClicks)}</Cell>
          <Cell numeric>{format.number(item.conversions)}</Cell>
          <Cell numeric>{money(item.revenue)}</Cell>
          <Cell numeric>{money(item.commission)}</Cell>
        </tr>
      ))}
    </RankedTableSection>
  );
}
