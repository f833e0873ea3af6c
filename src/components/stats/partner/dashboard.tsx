"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Tabs } from "~/components/ui/tabs";
import { useTRPC } from "~/lib/trpc/client";
import {
  BREAKDOWN_PAGE_SIZE,
  DEFAULT_RANGE,
  sameRange,
  type InitialDashboard,
  type Range,
} from "./types";
import { LinkBreakdown, SubIdBreakdown } from "./breakdowns";
import { ChartTable } from "./chart-table";
import { KpiCards } from "./kpi-cards";
import { LiveFeed } from "./live-feed";
import { RangePicker } from "./range-picker";
import { RecentConversions } from "./recent-conversions";
import { SPARKCHART_HEIGHT, TrendSparkchart } from "./trend-sparkchart";
import { useDashboardFormat } from "./use-format";
import { useLiveRefresh } from "./use-live-refresh";

// The chart's height, its legend and its axis labels: nothing moves when the data arrives.
const ChartPlaceholder = () => (
  <div className="animate-pulse rounded-md bg-zinc-50" style={{ height: SPARKCHART_HEIGHT + 44 }} />
);

/** How often live events may refetch the figures: a burst of clicks costs one refetch. */
const REFRESH_MS = 500;

/**
 * The partner's dashboard of one program: figures for a range (rendered first from what the
 * server loaded, refetched when the range or a page changes), refreshed when a live event of
 * theirs arrives.
 */
export function Dashboard(props: {
  programId: string;
  currency: string;
  initial: InitialDashboard;
}) {
  const t = useTranslations("dashboard");
  const trpc = useTRPC();
  const f = useDashboardFormat(props.currency);
  const [range, setRange] = useState<Range>(DEFAULT_RANGE);
  const [linkPage, setLinkPage] = useState(1);
  const [subIdPage, setSubIdPage] = useState(1);
  const { programId, initial } = props;
  const first = sameRange(range, DEFAULT_RANGE);
  const input = { programId, range };
  const keep = { placeholderData: keepPreviousData };

  const summary = useQuery(
    trpc.partner.dashboard.summary.queryOptions(input, {
      ...keep,
      initialData: first ? initial.summary : undefined,
    }),
  );
  const series = useQuery(
    trpc.partner.dashboard.series.queryOptions(input, {
      ...keep,
      initialData: first ? initial.series : undefined,
    }),
  );
  const byLink = useQuery(
    trpc.partner.dashboard.byLink.queryOptions(
      { ...input, page: linkPage, pageSize: BREAKDOWN_PAGE_SIZE },
      { ...keep, initialData: first && linkPage === 1 ? initial.byLink : undefined },
    ),
  );
  const bySubId = useQuery(
    trpc.partner.dashboard.bySubId.queryOptions(
      { ...input, page: subIdPage, pageSize: BREAKDOWN_PAGE_SIZE },
      { ...keep, initialData: first && subIdPage === 1 ? initial.bySubId : undefined },
    ),
  );
  const recent = useQuery(
    trpc.partner.dashboard.recent.queryOptions({ programId }, { initialData: initial.recent }),
  );

  // New clicks and conversions: refetch every dashboard query on screen (the home's first
  // screen too), at most twice a second.
  useLiveRefresh(programId, trpc.partner.dashboard.pathKey(), { everyMs: REFRESH_MS });

  const changeRange = (next: Range) => {
    setRange(next);
    setLinkPage(1);
    setSubIdPage(1);
  };
  // Showing the previous range's figures while the new range loads (not a live refetch).
  const switching = summary.isPlaceholderData || series.isPlaceholderData;
  const failed = [summary, series, byLink, bySubId, recent].find((query) => query.error);

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <RangePicker range={range} onChange={changeRange} />
        {summary.data && (
          <p className="text-sm text-zinc-600" aria-live="polite">
            {summary.data.period.from === summary.data.period.to
              ? t("periodDay", { day: f.day(summary.data.period.from) })
              : t("period", {
                  from: f.day(summary.data.period.from),
                  to: f.day(summary.data.period.to),
                })}
            {switching && <span className="ml-2">{t("updating")}</span>}
          </p>
        )}
      </div>
      {failed?.error && (
        <p role="alert" className="flex flex-wrap items-center gap-3 text-sm text-red-700">
          {t("loadFailed", { message: failed.error.message })}
          <Button type="button" variant="secondary" onClick={() => void failed.refetch()}>
            {t("retry")}
          </Button>
        </p>
      )}
      <div aria-busy={switching} className={switching ? "space-y-6 opacity-60" : "space-y-6"}>
        {summary.data && <KpiCards summary={summary.data} format={f} />}
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
          <Card className="min-w-0 lg:col-span-2">
            <h2 className="mb-3 font-semibold">{t("chart.title")}</h2>
            {series.data ? (
              <>
                <TrendSparkchart series={series.data} format={f} />
                <ChartTable series={series.data} format={f} />
              </>
            ) : (
              <ChartPlaceholder />
            )}
          </Card>
          <LiveFeed programId={programId} currency={props.currency} />
        </div>
        <Card>
          <Tabs
            label={t("breakdown.tabs")}
            tabs={[
              {
                key: "links",
                label: t("breakdown.byLink"),
                content: byLink.data && (
                  <LinkBreakdown data={byLink.data} onPage={setLinkPage} format={f} />
                ),
              },
              {
                key: "subIds",
                label: t("breakdown.bySubId"),
                content: bySubId.data && (
                  <SubIdBreakdown data={bySubId.data} onPage={setSubIdPage} format={f} />
                ),
              },
              {
                key: "recent",
                label: t("recent.title"),
                content: recent.data && <RecentConversions items={recent.data} format={f} />,
              },
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
