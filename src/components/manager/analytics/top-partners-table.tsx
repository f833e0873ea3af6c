import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Cell, Table } from "~/components/ui/table";
import { cn } from "~/lib/cn";
import { formatMoney } from "~/lib/money";
import type { topPartners } from "~/server/services/analytics/top-partners";
import { ExportCsvLink } from "../export-csv-link";
import { analyticsHref, type AnalyticsQuery } from "./analytics-query";
import { TablePager } from "./table-pager";

const METRICS = ["revenue", "commission", "clicks"] as const;

export function TopPartnersTable(props: {
  slug: string;
  query: AnalyticsQuery;
  currency: string;
  result: Awaited<ReturnType<typeof topPartners>>;
  exportQuery: Record<string, string | undefined>;
}) {
  const t = useTranslations("analytics.partners");
  const tExports = useTranslations("exports.tables");
  const format = useFormatter();
  const locale = useLocale();
  const money = (amount: bigint) => formatMoney(amount, props.currency, locale);
  const { query, result } = props;
  return (
    <section aria-labelledby="top-partners-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="top-partners-title" className="text-base font-semibold">
          {t("title")}
        </h3>
        <ExportCsvLink
          slug={props.slug}
          table="top-partners"
          what={tExports("topPartners")}
          query={{ ...props.exportQuery, metric: query.metric }}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span id="rank-by" className="text-zinc-700">
          {t("rankBy")}
        </span>
        <ul className="flex flex-wrap gap-2" aria-labelledby="rank-by">
          {METRICS.map((metric) => (
            <li key={metric}>
              <Link
                href={analyticsHref(props.slug, query, { metric, pp: 1 })}
                aria-current={query.metric === metric ? "true" : undefined}
                className={cn(
                  "inline-block rounded-full border px-3 py-0.5",
                  query.metric === metric
                    ? "border-brand-600 bg-brand-50 text-brand-700"
                    : "border-zinc-300 bg-white text-zinc-800",
                )}
              >
                {t(`metrics.${metric}`)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center text-sm text-zinc-600">
          {t("empty")}
        </p>
      ) : (
        <Table
          caption={t("caption", { metric: t(`metrics.${query.metric}`), page: result.page })}
          headers={[
            { label: t("rank"), align: "right" },
            { label: t("partner") },
            { label: t("clicks"), align: "right" },
            { label: t("conversions"), align: "right" },
            { label: t("revenue"), align: "right" },
            { label: t("commission"), align: "right" },
          ]}
        >
          {result.items.map((item) => (
            <tr key={item.enrollmentId} data-testid="top-partner-row">
              <Cell numeric>{item.rank}</Cell>
              <Cell>
                <div className="font-medium">{item.name ?? item.email}</div>
                {item.name && <div className="text-xs text-zinc-600">{item.email}</div>}
              </Cell>
              <Cell numeric>{format.number(item.clicks)}</Cell>
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
        href={(page) => analyticsHref(props.slug, query, { pp: page })}
      />
    </section>
  );
}
