import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { periodQuery, type AnalyticsQuery } from "~/components/stats/manage/analytics-query";
import { KpiGrid } from "~/components/stats/manage/kpi-grid";
import { PeriodPicker } from "~/components/stats/manage/period-picker";
import { ShareCard } from "~/components/stats/manage/share-card";
import { TopCreativesTable } from "~/components/stats/manage/top-creatives-table";
import { TopLinksTable } from "~/components/stats/manage/top-links-table";
import { TopPartnersTable } from "~/components/stats/manage/top-partners-table";
import { TrendSection } from "~/components/stats/manage/trend-section";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { periodFromQuery, periodSchema } from "~/server/services/stats/program/period";

const page = z.coerce.number().int().min(1).max(1000).catch(1).default(1);
const querySchema = z.object({
  range: z.string().max(10).optional().catch(undefined),
  from: z.string().max(10).optional().catch(undefined),
  to: z.string().max(10).optional().catch(undefined),
  metric: z.enum(["revenue", "commission", "clicks"]).catch("revenue").default("revenue"),
  pp: page,
  lp: page,
  cp: page,
});

export default async function AnalyticsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const raw = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("analytics");
  const format = await getFormatter();
  // An invalid custom range falls back to the last 30 days, with a note saying so.
  const requested = periodSchema.safeParse(periodFromQuery(raw));
  const period = requested.success ? requested.data : { preset: "30d" as const };
  const query: AnalyticsQuery = { ...raw, ...periodQuery(period) };
  const exportQuery = periodQuery(period);
  const base = { programId: program.id, period };

  const [overview, series, partners, links, creatives] = await Promise.all([
    caller.manage.analytics.overview(base),
    caller.manage.analytics.series(base),
    caller.manage.analytics.topPartners({ ...base, metric: query.metric, page: query.pp }),
    caller.manage.analytics.topLinks({ ...base, page: query.lp }),
    caller.manage.analytics.topCreatives({ ...base, page: query.cp }),
  ]);
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const { current } = overview;
  const tables = { slug, query, currency: program.currency, exportQuery };

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-zinc-600">{t("description")}</p>
        <p className="text-sm text-zinc-700" data-testid="analytics-period">
          {t("period.showing", {
            from: day(overview.range.from),
            to: day(overview.range.to),
            previousFrom: day(overview.previous.from),
            previousTo: day(overview.previous.to),
          })}{" "}
          <span className="text-zinc-600">{t("utcNote")}</span>
        </p>
      </div>
      <PeriodPicker slug={slug} query={query} range={overview.range} />
      {!requested.success && raw.range === "custom" && (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t("period.invalid")}
        </p>
      )}
      <KpiGrid overview={overview} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <TrendSection
            slug={slug}
            days={series.days}
            currency={program.currency}
            exportQuery={exportQuery}
          />
        </div>
        <ShareCard
          currency={program.currency}
          share={current.partnerShare}
          partnerRevenue={current.partnerRevenue}
          unattributedRevenue={current.unattributedRevenue}
          partnerSales={current.partnerSales}
          unattributedSales={current.unattributedSales}
        />
      </div>
      <TopPartnersTable {...tables} result={partners} />
      <TopLinksTable {...tables} result={links} />
      <TopCreativesTable {...tables} result={creatives} />
    </div>
  );
}
