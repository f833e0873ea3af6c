import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { ContestStatusBadge, utcDayRange } from "~/components/contests/contest-status";
import { formatMetricValue } from "~/components/contests/metric-value";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { api } from "~/server/api/server-caller";

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

const groups = [
  { key: "now", statuses: ["running"] },
  { key: "upcoming", statuses: ["scheduled"] },
  { key: "past", statuses: ["ended", "final"] },
] as const;

export default async function PartnerContestsPage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = querySchema.parse(await props.searchParams);
  const caller = await api();
  const [result, programs] = await Promise.all([
    caller.partner.contests.list({ page: query.page }),
    caller.partner.programs.list(),
  ]);
  const t = await getTranslations("contestsUi.portal");
  const tMetric = await getTranslations("contestsUi.metric");
  const format = await getFormatter();
  const locale = await getLocale();
  const programOf = new Map(programs.map((p) => [p.id, p]));
  const pageHref = (page: number) =>
    page === 1 ? "/portal/contests" : `/portal/contests?page=${page}`;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {result.items.length === 0 && <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />}
      {groups.map((group) => {
        const items = result.items.filter((item) =>
          (group.statuses as readonly string[]).includes(item.contest.status),
        );
        if (items.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`contests-${group.key}`} className="space-y-3">
            <h2 id={`contests-${group.key}`} className="text-lg font-semibold">
              {t(`groups.${group.key}`)}
            </h2>
            <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
              {items.map(({ contest, rank, value }) => {
                const program = programOf.get(contest.programId);
                const shown = formatMetricValue(
                  value,
                  contest.metric,
                  program?.currency ?? "USD",
                  locale,
                );
                return (
                  <li key={contest.id} data-testid="partner-contest">
                    <Card className="h-full space-y-2">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <Link
                          href={`/portal/contests/${contest.id}`}
                          className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                        >
                          {contest.name}
                        </Link>
                        <ContestStatusBadge status={contest.status} />
                      </div>
                      <p className="text-sm text-zinc-600">
                        {t("cardMeta", {
                          program: program?.name ?? "",
                          metric: tMetric(contest.metric),
                          window: utcDayRange(format, contest.startsOn, contest.endsOn),
                        })}
                      </p>
                      {contest.status !== "scheduled" && (
                        <p className="text-sm text-zinc-900">
                          {rank === null
                            ? t("cardNotRanked")
                            : t("cardRank", { rank, value: shown })}
                        </p>
                      )}
                    </Card>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {result.pages > 1 && (
        <PageNav
          label={t("pagination")}
          summary={t("pageOf", { page: result.page, pages: result.pages })}
          previous={
            query.page > 1 ? { href: pageHref(query.page - 1), label: t("previous") } : null
          }
          next={
            query.page < result.pages ? { href: pageHref(query.page + 1), label: t("next") } : null
          }
        />
      )}
    </div>
  );
}
