import { useTranslations } from "next-intl";
import Link from "next/link";
import { cn } from "~/lib/cn";
import type { topPartners } from "~/server/services/stats/program/top-partners";
import { analyticsHref } from "./analytics-query";
import { RankedTableSection, type RankedTableProps } from "./ranked-table-section";

const METRICS = ["revenue", "commission", "clicks"] as const;

export function TopPartnersTable(
  props: RankedTableProps<Awaited<ReturnType<typeof topPartners>>["items"][number]>,
) {
  const t = useTranslations("analytics.partners");
  const { query, result } = props;
  return (
    <RankedTableSection
      {...props}
      table="partners"
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
        { label: t("clicks"), count: (item) => item.clicks },
        { label: t("conversions"), count: (item) => item.conversions },
        { label: t("revenue"), money: (item) => item.revenue },
        { label: t("commission"), money: (item) => item.commission },
      ]}
      rowKey={(item) => item.enrollmentId}
      rowTestId="top-partner-row"
    />
  );
}
