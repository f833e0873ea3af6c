"use client";

import { useTranslations } from "next-intl";
import { Card } from "~/components/ui/card";

export type MyStanding = {
  rank: number | null;
  value: bigint;
  gapToNext: bigint | null;
  nextMilestone: {
    index: number;
    threshold: string;
    label: string;
    remaining: bigint;
    progressBps: number;
  } | null;
  reachedMilestones: { index: number; threshold: string; label: string }[];
  league: { key: string; label: string } | null;
  prizeLabel: string | null;
};

/**
 * The viewer's own card: rank, value, the gap to the rank above and progress to the next
 * milestone. `announcement` is the last rank change, read out politely by screen readers.
 */
export function MyStandingCard(props: {
  me: MyStanding;
  status: string;
  totalRanked: number;
  milestoneCount: number;
  hideAmounts: boolean;
  metricName: string;
  value: (v: bigint) => string;
  announcement: string;
}) {
  const t = useTranslations("contestsUi.portal");
  const { me, value } = props;
  const final = props.status === "final";
  const percent = me.nextMilestone ? Math.floor(me.nextMilestone.progressBps / 100) : 100;

  const gapText = () => {
    if (final) return null;
    if (me.rank === 1) return t("leading");
    if (me.gapToNext !== null)
      return me.rank === null
        ? props.totalRanked === 0
          ? t("firstOnTable")
          : t("gapToTable", { gap: value(me.gapToNext) })
        : t("gapToNext", { gap: value(me.gapToNext) });
    return props.hideAmounts ? t("gapHidden") : null;
  };

  return (
    <div data-testid="my-standing">
      <Card className="space-y-4">
        <h2 className="font-semibold">{final ? t("myResult") : t("myStanding")}</h2>
        <div className="grid grid-cols-2 gap-4 [&>*]:min-w-0">
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-zinc-600">{t("rank")}</p>
            <p
              className="break-words text-2xl font-bold tabular-nums sm:text-3xl"
              data-testid="my-rank"
            >
              {me.rank === null ? t("notRanked") : t("rankNumber", { rank: me.rank })}
            </p>
            <p className="text-xs text-zinc-600">{t("ofRanked", { count: props.totalRanked })}</p>
          </div>
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-zinc-600">
              {props.metricName}
            </p>
            <p
              className="break-words text-2xl font-bold tabular-nums sm:text-3xl"
              data-testid="my-value"
            >
              {value(me.value)}
            </p>
            {me.league && (
              <p className="text-xs text-zinc-600">{t("league", { league: me.league.label })}</p>
            )}
          </div>
        </div>
        {gapText() && (
          <p className="text-sm text-zinc-800" data-testid="my-gap">
            {gapText()}
          </p>
        )}
        {me.prizeLabel && (
          <p className="rounded-md bg-green-50 p-3 text-sm font-medium text-green-900">
            {final
              ? t("wonPrize", { prize: me.prizeLabel })
              : t("holdingPrize", { prize: me.prizeLabel })}
          </p>
        )}
        <p role="status" aria-live="polite" className="text-sm font-medium text-brand-700">
          {props.announcement}
        </p>
        {props.milestoneCount > 0 && (
          <div className="space-y-2">
            <h3 className="text-sm font-semibold">{t("milestones")}</h3>
            {me.nextMilestone ? (
              <>
                <p className="text-sm" id="next-milestone">
                  {t("nextMilestone", {
                    label: me.nextMilestone.label,
                    threshold: value(BigInt(me.nextMilestone.threshold)),
                  })}
                </p>
                <div
                  role="progressbar"
                  aria-labelledby="next-milestone"
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={percent}
                  aria-valuetext={t("progressText", {
                    percent,
                    remaining: value(me.nextMilestone.remaining),
                  })}
                  className="h-3 w-full overflow-hidden rounded-full bg-zinc-200"
                  data-testid="milestone-progress"
                >
                  <div
                    className="h-full rounded-full bg-brand-600"
                    style={{ width: `${percent}%` }}
                  />
                </div>
                <p className="text-xs text-zinc-700">
                  {t("remaining", { remaining: value(me.nextMilestone.remaining), percent })}
                </p>
              </>
            ) : (
              <p className="text-sm text-green-800">{t("allMilestones")}</p>
            )}
            {me.reachedMilestones.length > 0 && (
              <p className="text-xs text-zinc-700">
                {t("reached", { labels: me.reachedMilestones.map((m) => m.label).join(", ") })}
              </p>
            )}
          </div>
        )}
      </Card>
    </div>
  );
}
