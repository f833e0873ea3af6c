import { getFormatter, getTranslations } from "next-intl/server";
import type { BadgeCriteria } from "~/server/db/schema/index";
import { cn } from "~/lib/cn";
import { CriteriaText } from "../criteria-text";

type BadgeView = {
  id: string;
  name: string;
  description: string;
  icon: string;
  criteria: BadgeCriteria | null;
  awardedAt: Date | null;
};

/** Earned badges with their dates, then the ones still to earn with how to earn them. */
export async function BadgeGrid(props: {
  earned: BadgeView[];
  available: BadgeView[];
  courseTitles: Record<string, string>;
}) {
  const t = await getTranslations("rewards.portal.badges");
  const format = await getFormatter();
  const all = [...props.earned, ...props.available];
  return (
    <section aria-labelledby="badges-title" className="space-y-3">
      <h2 id="badges-title" className="text-lg font-semibold">
        {t("title", { earned: props.earned.length, total: all.length })}
      </h2>
      {all.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("none")}</p>
      ) : (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {all.map((badge) => {
            const earned = badge.awardedAt !== null;
            return (
              <li
                key={badge.id}
                data-testid="badge"
                data-earned={earned}
                className={cn(
                  "flex gap-3 rounded-lg border p-4",
                  earned ? "border-brand-200 bg-white" : "border-dashed border-zinc-300 bg-zinc-50",
                )}
              >
                <span
                  aria-hidden="true"
                  className={cn(
                    "flex h-12 w-12 shrink-0 items-center justify-center rounded-full text-2xl",
                    earned ? "bg-brand-50" : "bg-zinc-200 grayscale",
                  )}
                >
                  {badge.icon}
                </span>
                <div className="min-w-0">
                  <h3 className="font-semibold text-zinc-900">{badge.name}</h3>
                  <p className="text-xs font-medium text-zinc-700">
                    {earned
                      ? t("earnedOn", {
                          date: format.dateTime(badge.awardedAt!, { dateStyle: "medium" }),
                        })
                      : t("locked")}
                  </p>
                  {badge.description && (
                    <p className="mt-1 text-sm text-zinc-700">{badge.description}</p>
                  )}
                  <p className="mt-1 text-sm text-zinc-600">
                    <CriteriaText criteria={badge.criteria} courseTitles={props.courseTitles} />
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
