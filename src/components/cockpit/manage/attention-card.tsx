import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { cn } from "~/lib/cn";
import type { ProgramCockpit } from "~/server/services/cockpit/program-cockpit";

const toneClass = {
  action: "bg-amber-100 text-amber-900",
  warning: "bg-red-100 text-red-800",
  upcoming: "bg-zinc-100 text-zinc-700",
} as const;

/** What needs the manager: a row per kind with its count and a link, or "all clear". */
export function AttentionCard(props: {
  slug: string;
  items: ProgramCockpit["attention"];
  contests: ProgramCockpit["endingContests"];
}) {
  const t = useTranslations("cockpit.attention");
  const format = useFormatter();
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <Card className="p-0">
      <h2 id="attention-title" className="px-5 pt-4 font-semibold">
        {t("title")}
      </h2>
      {props.items.length === 0 ? (
        <p className="px-5 pb-4 pt-2 text-sm text-zinc-600" data-testid="attention-clear">
          <span aria-hidden="true" className="mr-1 text-green-700">
            ✓
          </span>
          {t("clear")}
        </p>
      ) : (
        <ul aria-labelledby="attention-title" className="mt-2 divide-y divide-zinc-200">
          {props.items.map((item) => (
            <li key={item.kind} data-testid={`attention-${item.kind}`} className="px-5 py-3">
              <Link
                href={item.href}
                className="flex items-center gap-3 text-sm hover:underline focus-visible:underline"
              >
                <span
                  className={cn(
                    "inline-flex min-w-9 justify-center rounded-full px-2 py-0.5 text-sm font-semibold tabular-nums",
                    toneClass[item.tone],
                  )}
                  data-testid="item-count"
                >
                  {format.number(item.count)}
                </span>
                <span className="flex-1 text-zinc-900">{t(item.kind, { count: item.count })}</span>
                <span aria-hidden="true" className="text-brand-700">
                  →
                </span>
              </Link>
              {item.kind === "contests" && props.contests.length > 0 && (
                <ul className="mt-2 space-y-1 pl-12 text-sm">
                  {props.contests.map((contest) => (
                    <li
                      key={contest.id}
                      className="flex flex-wrap items-center gap-x-2 gap-y-1"
                      data-testid="ending-contest"
                    >
                      <Link
                        href={`/manage/${props.slug}/contests/${contest.id}`}
                        className="text-brand-700 underline"
                      >
                        {contest.name}
                      </Link>
                      <span className="text-zinc-600">
                        {t("endsOn", { day: day(contest.endsOn) })}
                      </span>
                      {contest.warning && <Badge tone="red">{t("fairnessWarning")}</Badge>}
                      {contest.unreachableMilestones > 0 && (
                        <span className="w-full text-xs text-red-800">
                          {t("unreachable", { count: contest.unreachableMilestones })}
                        </span>
                      )}
                      {contest.unfilledRanks > 0 && (
                        <span className="w-full text-xs text-amber-900">
                          {t("unfilled", { count: contest.unfilledRanks })}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
