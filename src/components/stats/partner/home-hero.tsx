"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { ProgressBar } from "~/components/academy/progress-bar";
import { formatMetricValue } from "~/components/contests/metric-value";
import { Delta } from "~/components/stats/delta";
import { buttonClass } from "~/components/ui/button";
import { dayCount, utcDay } from "~/lib/dates";
import { useTRPC } from "~/lib/trpc/client";
import type { Home } from "./types";
import { useDashboardFormat, type DashboardFormat } from "./use-format";

type HeroProps = {
  programId: string;
  slug: string;
  initial: Home;
  /** Shown beside the contests: the partner's own weekly goal. */
  goal?: ReactNode;
};

/**
 * The home's first screen, "how am I doing and what next?": commission today and this month
 * with the balance, the one next step, the way to the next tier and the partner's place in
 * each running contest. Compact enough to sit above the fold on a phone; refreshed with the
 * rest of the dashboard when a live event arrives (its query is under partner.dashboard).
 */
export function HomeHero(props: HeroProps) {
  const trpc = useTRPC();
  const home = useQuery(
    trpc.partner.dashboard.home.queryOptions(
      { programId: props.programId },
      { initialData: props.initial },
    ),
  ).data;
  const f = useDashboardFormat(home.currency);
  return (
    <div data-testid="home-hero">
      {/* One grid, in the order a phone stacks it: money, the next step, the tier, contests. */}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        <EarningsNow home={home} format={f} />
        <NextStep home={home} slug={props.slug} format={f} />
        <TierProgress home={home} />
        <ContestPlaces home={home} />
        {props.goal}
      </div>
    </div>
  );
}

function Tile(props: { title: string; children: ReactNode; tone?: "brand"; testId?: string }) {
  return (
    <section
      data-testid={props.testId}
      className={
        props.tone === "brand"
          ? "rounded-lg border border-brand-600 bg-brand-50 p-4 shadow-sm"
          : "rounded-lg border border-zinc-200 bg-white p-4 shadow-sm"
      }
    >
      <h2 className="text-sm font-medium text-zinc-600">{props.title}</h2>
      <div className="mt-1">{props.children}</div>
    </section>
  );
}

function EarningsNow({ home, format: f }: { home: Home; format: DashboardFormat }) {
  const t = useTranslations("partnerHome.earnings");
  const periods = [
    { key: "today", figures: home.today },
    { key: "month", figures: home.month },
  ] as const;
  const balance = [
    { key: "pending", value: home.earnings.pending },
    { key: "approved", value: home.earnings.approved },
    { key: "paid", value: home.earnings.paid },
  ] as const;
  return (
    <Tile title={t("title")}>
      <dl className="grid grid-cols-2 gap-3">
        {periods.map((period) => (
          <div key={period.key}>
            <dt className="text-xs text-zinc-600">{t(period.key)}</dt>
            <dd
              className="text-2xl font-bold tabular-nums text-zinc-900"
              data-testid={`home-${period.key}`}
            >
              {f.money(period.figures.commission)}
            </dd>
            <dd>
              <Delta
                variant="compact"
                current={period.figures.commission}
                previous={period.figures.before}
              />
            </dd>
          </div>
        ))}
      </dl>
      <dl className="mt-3 grid grid-cols-3 gap-2 border-t border-zinc-100 pt-2">
        {balance.map((bucket) => (
          <div key={bucket.key} className="min-w-0">
            <dt className="text-xs text-zinc-600">{t(bucket.key)}</dt>
            <dd
              className="truncate text-sm font-semibold tabular-nums text-zinc-900"
              data-testid={`kpi-${bucket.key}`}
            >
              {f.money(bucket.value)}
            </dd>
          </div>
        ))}
      </dl>
      <Link
        href="/portal/earnings"
        className="mt-2 inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {t("details")}
      </Link>
    </Tile>
  );
}

function NextStep(props: { home: Home; slug: string; format: DashboardFormat }) {
  const t = useTranslations("partnerHome.next");
  const format = useFormatter();
  const locale = useLocale();
  const { home, slug } = props;
  const action = home.nextAction;
  const program = `/portal/programs/${slug}`;
  let text: string;
  let href: string;
  let label: string;
  switch (action.kind) {
    case "acceptTerms":
      [text, href, label] = [t("acceptTerms"), program, t("acceptTermsAction")];
      break;
    case "finishCourse":
      text = action.tier
        ? t("finishCourseTier", { title: action.title, tier: action.tier })
        : t("finishCourse", { title: action.title });
      [href, label] = [`/portal/academy/${action.courseId}`, t("finishCourseAction")];
      break;
    case "registerWebinar": {
      const zone = home.panels.nextWebinar?.timeZone ?? "UTC";
      const when = format.dateTime(action.startsAt, {
        weekday: "long",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: zone,
      });
      text = t("registerWebinar", { title: action.title, when, zone });
      [href, label] = ["/portal/webinars", t("registerWebinarAction")];
      break;
    }
    case "requestPayout":
      text = t("requestPayout", { amount: props.format.money(action.amount) });
      [href, label] = ["/portal/earnings", t("requestPayoutAction")];
      break;
    case "reachMilestone": {
      const contest = home.panels.contests.find((c) => c.id === action.contestId);
      const remaining = contest
        ? formatMetricValue(action.remaining, contest.metric, home.currency, locale)
        : String(action.remaining);
      text = t("reachMilestone", {
        remaining,
        label: action.label,
        contest: action.contestName,
      });
      [href, label] = [`/portal/contests/${action.contestId}`, t("reachMilestoneAction")];
      break;
    }
    case "shareFirstLink":
      [text, href, label] = [t("shareFirstLink"), `${program}/links`, t("shareFirstLinkAction")];
      break;
    case "newCreatives":
      text = t("newCreatives", { count: action.count });
      [href, label] = [`${program}/creatives`, t("newCreativesAction")];
      break;
    case "shareLink":
      [text, href, label] = [t("shareLink"), `${program}/links`, t("shareLinkAction")];
      break;
  }
  return (
    <Tile title={t("title")} tone="brand" testId="next-action">
      <p className="text-sm text-zinc-900" data-kind={action.kind}>
        {text}
      </p>
      <Link href={href} className={`${buttonClass()} mt-3`}>
        {label}
      </Link>
    </Tile>
  );
}

function TierProgress({ home }: { home: Home }) {
  const t = useTranslations("partnerHome.tier");
  const format = useFormatter();
  const { rewards } = home.panels;
  const next = rewards.next;
  return (
    <Tile title={t("title")} testId="home-tier">
      <p className="text-sm text-zinc-900">
        <span className="font-semibold">{rewards.tier?.name ?? t("none")}</span> ·{" "}
        {t("points", { points: rewards.points.window, days: rewards.points.windowDays })}
      </p>
      {next ? (
        <div className="mt-2 space-y-1">
          <ProgressBar
            done={next.progressBps}
            total={10_000}
            label={
              next.pointsNeeded > 0
                ? t("toNext", { tier: next.name, points: next.pointsNeeded })
                : t("courseMissing", { tier: next.name })
            }
          />
          {next.rateBonusBps > 0 && (
            <p className="text-xs text-green-800">
              {t("unlocks", {
                tier: next.name,
                bonus: format.number(next.rateBonusBps / 10_000, {
                  style: "percent",
                  maximumFractionDigits: 2,
                }),
              })}
            </p>
          )}
        </div>
      ) : (
        <p className="mt-2 text-xs text-zinc-600">{rewards.tier ? t("top") : t("noTiers")}</p>
      )}
      <Link
        href="/portal/rewards"
        className="mt-2 inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {t("link")}
      </Link>
    </Tile>
  );
}

function ContestPlaces({ home }: { home: Home }) {
  const t = useTranslations("partnerHome.contests");
  const locale = useLocale();
  const today = utcDay(new Date());
  return (
    <>
      {home.panels.contests.map((contest) => {
        const value = (amount: bigint) =>
          formatMetricValue(amount, contest.metric, home.currency, locale);
        // Whole UTC days until the contest's last day ends (it counts today too).
        const daysLeft = Math.max(dayCount(today, contest.endsOn), 0);
        return (
          <section
            key={contest.id}
            data-testid="panel-contest"
            aria-label={t("title", { name: contest.name })}
            className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm"
          >
            <div className="flex items-baseline justify-between gap-2">
              <h2 className="min-w-0 truncate font-medium">
                <Link
                  href={`/portal/contests/${contest.id}`}
                  className="text-brand-700 hover:underline"
                >
                  {contest.name}
                </Link>
              </h2>
              <span className="shrink-0 text-xs text-zinc-600">
                {t("daysLeft", { count: daysLeft })}
              </span>
            </div>
            <p className="mt-1 text-sm text-zinc-900">
              <span className="font-semibold" data-testid="contest-rank">
                {contest.rank === null
                  ? t("unranked")
                  : t("rank", { rank: contest.rank, total: contest.totalRanked })}
              </span>
              {" · "}
              {value(contest.value)}
              {contest.rank === 1
                ? ` · ${t("leading")}`
                : contest.gapToNext !== null && contest.rank !== null
                  ? ` · ${t("gap", { gap: value(contest.gapToNext), rank: contest.rank - 1 })}`
                  : ""}
            </p>
            {contest.prizeLabel && (
              <p className="text-xs text-green-800">{t("prize", { prize: contest.prizeLabel })}</p>
            )}
            {contest.nextMilestone && (
              <div className="mt-2">
                <ProgressBar
                  done={contest.nextMilestone.progressBps}
                  total={10_000}
                  label={t("milestone", {
                    label: contest.nextMilestone.label,
                    remaining: value(contest.nextMilestone.remaining),
                  })}
                />
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
