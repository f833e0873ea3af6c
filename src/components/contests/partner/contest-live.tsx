"use client";

import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createThrottle } from "~/components/stats/partner/throttle";
import { useLiveEvents } from "~/components/stats/partner/use-live-events";
import type { LiveEvent } from "~/lib/live-event";
import { useTRPC } from "~/lib/trpc/client";
import type { AppRouter } from "~/server/api/root";
import { formatMetricValue } from "../metric-value";
import { MyStandingCard } from "./my-standing";
import { PartnerStandings } from "./partner-standings";
import { rankChange } from "./rank-change";

export type PartnerContest = inferRouterOutputs<AppRouter>["partner"]["contests"]["get"];

/** The table is re-read this often while the contest runs, whatever the live stream says. */
const POLL_MS = 5_000;
/** A burst of the partner's own events costs one refetch. */
const EVENT_REFRESH_MS = 1_000;

/**
 * A partner's contest page, live: rendered first from what the server loaded, then re-read
 * every few seconds while the contest runs and at once when the partner's own click or sale
 * arrives on their live stream. A change of rank is announced politely.
 */
export function ContestLive(props: { initial: PartnerContest; currency: string }) {
  const t = useTranslations("contestsUi.portal");
  const tMetric = useTranslations("contestsUi.metric");
  const trpc = useTRPC();
  const locale = useLocale();
  const format = useFormatter();
  const { contest } = props.initial;
  const running = props.initial.status === "running";
  const query = useQuery(
    trpc.partner.contests.get.queryOptions(
      { contestId: contest.id },
      { initialData: props.initial, refetchInterval: running ? POLL_MS : false },
    ),
  );
  const data = query.data;
  const value = (v: bigint) => formatMetricValue(v, contest.metric, props.currency, locale);

  const [announcement, setAnnouncement] = useState("");
  const lastRank = useRef<number | null | undefined>(undefined);
  const rank = data.me.rank;
  useEffect(() => {
    const change = rankChange(lastRank.current, rank);
    lastRank.current = rank;
    if (change) setAnnouncement(t(`rankChange.${change.kind}`, "to" in change ? change : {}));
  }, [rank, t]);

  return (
    <div className="space-y-6">
      {running && <LiveRefresh programId={contest.programId} refetch={query.refetch} />}
      {data.status === "scheduled" && (
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-700">
          {t("scheduled")}
        </p>
      )}
      {data.status === "ended" && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t("awaitingResults")}
        </p>
      )}
      <MyStandingCard
        me={data.me}
        status={data.status}
        totalRanked={data.totalRanked}
        milestoneCount={contest.milestones.length}
        hideAmounts={contest.hideAmounts}
        metricName={tMetric(contest.metric)}
        value={value}
        announcement={announcement}
      />
      {data.top.length > 0 ? (
        <PartnerStandings
          title={data.status === "final" ? t("finalTop") : t("top")}
          caption={t("topCaption", { count: data.top.length, total: data.totalRanked })}
          rows={data.top}
          value={value}
          testId="top-row"
        />
      ) : (
        data.status !== "scheduled" && <p className="text-sm text-zinc-700">{t("emptyTable")}</p>
      )}
      {data.around.length > 0 && (
        <PartnerStandings
          title={t("around")}
          caption={t("aroundCaption")}
          rows={data.around}
          value={value}
          testId="around-row"
        />
      )}
      <p className="text-xs text-zinc-600" data-testid="contest-updated-at">
        {data.status === "final"
          ? t("frozenAt", {
              time: format.dateTime(data.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
            })
          : t("updatedAt", { time: format.dateTime(data.updatedAt, { timeStyle: "medium" }) })}
        {running && <span className="ml-2">{t("liveNote")}</span>}
      </p>
    </div>
  );
}

/** Listens to the partner's live stream and refetches the contest when one of their events lands. */
function LiveRefresh(props: { programId: string; refetch: () => unknown }) {
  const { refetch, programId } = props;
  const refresh = useMemo(() => createThrottle(() => void refetch(), EVENT_REFRESH_MS), [refetch]);
  useEffect(() => () => refresh.cancel(), [refresh]);
  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (event.programId === programId) refresh.call();
    },
    [programId, refresh],
  );
  useLiveEvents(programId, onEvent);
  return null;
}
