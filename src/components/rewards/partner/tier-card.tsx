import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import type { RewardsSummary } from "~/server/services/gamification/rewards-summary";

/**
 * The partner's tier: its bonus and benefits, the grace period if one runs, and a progress bar
 * to the next tier (points over the tier window, and the course it may require).
 */
export async function TierCard({ summary }: { summary: RewardsSummary }) {
  const t = await getTranslations("rewards.portal.tier");
  const format = await getFormatter();
  const percent = (bps: number) =>
    format.number(bps / 10_000, { style: "percent", maximumFractionDigits: 2 });
  const { tier, next, grace, points } = summary;
  return (
    <Card>
      <h2 className="text-sm font-medium text-zinc-600">{t("title")}</h2>
      <p className="mt-1 text-2xl font-bold text-zinc-900" data-testid="tier-name">
        {tier ? tier.name : t("none")}
      </p>
      {tier && tier.rateBonusBps > 0 && (
        <p className="mt-1 text-sm font-medium text-green-800">
          {t("bonus", { percent: percent(tier.rateBonusBps) })}
        </p>
      )}
      {tier?.benefits && (
        <div className="mt-3">
          <h3 className="text-sm font-semibold text-zinc-800">{t("benefits")}</h3>
          <p className="mt-1 whitespace-pre-line text-sm text-zinc-700">{tier.benefits}</p>
        </div>
      )}
      {grace && (
        <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900" role="note">
          {t("grace", {
            tier: grace.tierName,
            date: format.dateTime(grace.until, { dateStyle: "long" }),
          })}
        </p>
      )}
      <p className="mt-3 text-sm text-zinc-700">
        {t("window", { points: points.window, days: points.windowDays })}
      </p>
      {next ? (
        <div className="mt-4">
          <div className="flex flex-wrap justify-between gap-2 text-sm">
            <span className="font-medium text-zinc-800">{t("next", { name: next.name })}</span>
            <span className="text-zinc-700">
              {next.pointsNeeded > 0
                ? t("pointsNeeded", { points: next.pointsNeeded, name: next.name })
                : t("pointsReached", { name: next.name })}
            </span>
          </div>
          <div
            role="progressbar"
            aria-label={t("progressLabel", { name: next.name })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.floor(next.progressBps / 100)}
            className="mt-2 h-3 w-full overflow-hidden rounded-full bg-zinc-200"
            data-testid="tier-progress"
          >
            <div
              className="h-full rounded-full bg-brand-600"
              style={{ width: `${next.progressBps / 100}%` }}
            />
          </div>
          {next.rateBonusBps > 0 && (
            <p className="mt-2 text-xs text-zinc-600">
              {t("nextBonus", { name: next.name, percent: percent(next.rateBonusBps) })}
            </p>
          )}
          {next.courseMissing && (
            <p className="mt-2 text-sm text-zinc-800">
              {next.requiredCourse ? (
                <>
                  {t("courseMissing", { course: next.requiredCourse.title, name: next.name })}{" "}
                  <Link href="/portal/academy" className="text-brand-700 underline">
                    {t("openAcademy")}
                  </Link>
                </>
              ) : (
                t("courseMissingUnknown", { name: next.name })
              )}
            </p>
          )}
        </div>
      ) : (
        tier && <p className="mt-3 text-sm text-zinc-700">{t("top")}</p>
      )}
    </Card>
  );
}
