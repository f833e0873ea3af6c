import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { cn } from "~/lib/cn";
import { formatMoney } from "~/lib/money";
import type { topPartners } from "~/server/services/analytics/top-partners";
import { analyticsHref, type AnalyticsQuery } from "./analytics-query";
import { RankedTableSection } from "./ranked-table-section";

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
    <RankedTableSection
      id="top-partners"
      title={t("title")}
      slug={props.slug}
      exportTable="top-partners"
      exportWhat={tExports("topPartners")}
      exportQuery={{ ...props.exportQuery, metric: query.metric }}
      controls={
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
      }
      empty={t("empty")}
      caption={t("caption", { metric: t(`metrics.${query.metric}`), page: result.page })}
      columns={[
        { label: t("rank"), numeric: true, cell: (item) => item.rank },
        {
          label: t("partner"),
          cell: (item) => (
            <>
              <div className="font-medium">{item.name ?? item.email}</div>
              {item.name && <div className="text-xs text-zinc-600">{item.email}</div>}
            </>
          ),
        },
        { label: t("clicks"), numeric: true, cell: (item) => format.number(item.clicks) },
        { label: t("conversions"), numeric: true, cell: (item) => format.number(item.conversions) },
        { label: t("revenue"), numeric: true, cell: (item) => money(item.revenue) },
        { label: t("commission"), numeric: true, cell: (item) => money(item.commission) },
      ]}
      result={result}
      rowKey={(item) => item.enrollmentId}
      rowTestId="top-partner-row"
      pageHref={(page) => analyticsHref(props.slug, query, { pp: page })}
    />
  );
}
