import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Cell, Table } from "~/components/ui/table";
import { formatMoney } from "~/lib/money";
import type { topLinks } from "~/server/services/analytics/top-links";
import { ExportCsvLink } from "../export-csv-link";
import { analyticsHref, type AnalyticsQuery } from "./analytics-query";
import { TablePager } from "./table-pager";

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
    <section aria-labelledby="top-links-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="top-links-title" className="text-base font-semibold">
          {t("title")}
        </h3>
        <ExportCsvLink
          slug={props.slug}
          table="top-links"
          what={tExports("topLinks")}
          query={props.exportQuery}
        />
      </div>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center text-sm text-zinc-600">
          {t("empty")}
        </p>
      ) : (
        <Table
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
        </Table>
      )}
      <TablePager
        table={t("title")}
        page={result.page}
        hasNext={result.hasNext}
        href={(page) => analyticsHref(props.slug, props.query, { lp: page })}
      />
    </section>
  );
}
