import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { ProgressBar } from "~/components/academy/progress-bar";
import { formatMetricValue } from "~/components/contests/metric-value";
import { Card } from "~/components/ui/card";
import type { DashboardPanels } from "~/server/services/engagement/dashboard-panels";

/**
 * The engagement panels under the dashboard's figures: running contests, the next webinar,
 * training and rewards. Rendered on the server: they add no script to the page.
 */
export async function EngagementPanels({ panels }: { panels: DashboardPanels }) {
  const t = await getTranslations("engagementPanels");
  return (
    <section aria-labelledby="engagement-title" className="space-y-3">
      <h2 id="engagement-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
        <ContestsPanel panels={panels} />
        <WebinarPanel panels={panels} />
        <TrainingPanel panels={panels} />
        <RewardsPanel panels={panels} />
      </div>
    </section>
  );
}

function Panel(props: { title: string; href: string; linkLabel: string; children: ReactNode }) {
  return (
    <Card>
      <div className="flex h-full flex-col gap-2">
        <h3 className="text-sm font-medium text-zinc-600">{props.title}</h3>
        <div className="flex-1 space-y-2 text-sm text-zinc-800">{props.children}</div>
        <Link href={props.href} className="text-sm font-medium text-brand-700 underline">
          {props.linkLabel}
        </Link>
      </div>
    </Card>
  );
}

async function ContestsPanel({ panels }: { panels: DashboardPanels }) {
  const t = await getTranslations("engagementPanels.contests");
  const locale = await getLocale();
  const value = (amount: bigint, metric: DashboardPanels["contests"][number]["metric"]) =>
    formatMetricValue(amount, metric, panels.currency, locale);
  return (
    <Panel title={t("title")} href="/portal/contests" linkLabel={t("link")}>
      {panels.contests.length === 0 && <p className="text-zinc-600">{t("none")}</p>}
      {panels.contests.map((contest) => (
        <div key={contest.id} data-testid="panel-contest">
          <Link href={`/portal/contests/${contest.id}`} className="font-medium hover:underline">
            {contest.name}
          </Link>
          <p>
            {contest.rank === null
              ? t("unranked")
              : t("rank", { rank: contest.rank, total: contest.totalRanked })}{" "}
            · {value(contest.value, contest.metric)}
          </p>
          {contest.nextMilestone && (
            <ProgressBar
              done={contest.nextMilestone.progressBps}
              total={10_000}
              label={t("milestone", {
                label: contest.nextMilestone.label,
                remaining: value(contest.nextMilestone.remaining, contest.metric),
              })}
            />
          )}
        </div>
      ))}
    </Panel>
  );
}

async function WebinarPanel({ panels }: { panels: DashboardPanels }) {
  const t = await getTranslations("engagementPanels.webinar");
  const format = await getFormatter();
  const webinar = panels.nextWebinar;
  return (
    <Panel title={t("title")} href="/portal/webinars" linkLabel={t("link")}>
      {webinar ? (
        <>
          <p className="font-medium">{webinar.title}</p>
          <p>
            {format.dateTime(webinar.startsAt, {
              dateStyle: "medium",
              timeStyle: "short",
              timeZone: webinar.timeZone,
            })}{" "}
            <span className="text-zinc-600">({webinar.timeZone})</span>
          </p>
          <p className={webinar.registered ? "text-green-800" : "text-zinc-600"}>
            {webinar.registered ? t("registered") : t("notRegistered")}
          </p>
        </>
      ) : (
        <p className="text-zinc-600">{t("none")}</p>
      )}
    </Panel>
  );
}

async function TrainingPanel({ panels }: { panels: DashboardPanels }) {
  const t = await getTranslations("engagementPanels.training");
  const { training } = panels;
  const next = training.next;
  return (
    <Panel
      title={t("title")}
      href={next ? `/portal/academy/${next.id}` : "/portal/academy"}
      linkLabel={next ? t("resume") : t("link")}
    >
      <p>{t("courses", { done: training.completed, total: training.total })}</p>
      {next && (
        <>
          <p className="font-medium">
            {next.title}
            {next.required && <span className="ml-2 text-amber-800">{t("required")}</span>}
          </p>
          <ProgressBar
            done={next.completedLessons}
            total={next.totalLessons}
            label={t("lessons", { done: next.completedLessons, total: next.totalLessons })}
          />
        </>
      )}
      {training.total === 0 && <p className="text-zinc-600">{t("none")}</p>}
    </Panel>
  );
}

async function RewardsPanel({ panels }: { panels: DashboardPanels }) {
  const t = await getTranslations("engagementPanels.rewards");
  const { rewards } = panels;
  return (
    <Panel title={t("title")} href="/portal/rewards" linkLabel={t("link")}>
      <p>
        <span className="font-medium" data-testid="panel-tier">
          {rewards.tier ? rewards.tier.name : t("noTier")}
        </span>{" "}
        · {t("points", { points: rewards.points.total })}
      </p>
      {rewards.next && (
        <ProgressBar
          done={rewards.next.progressBps}
          total={10_000}
          label={t("next", { tier: rewards.next.name, points: rewards.next.pointsNeeded })}
        />
      )}
      {rewards.latestBadges.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("badges")}>
          {rewards.latestBadges.map((badge) => (
            <li
              key={badge.id}
              className="rounded-full bg-brand-100 px-2 py-0.5 text-xs text-brand-700"
            >
              <span aria-hidden="true">{badge.icon}</span> {badge.name}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-zinc-600">{t("noBadges")}</p>
      )}
    </Panel>
  );
}
