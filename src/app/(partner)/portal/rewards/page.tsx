import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { BadgeGrid } from "~/components/rewards/partner/badge-grid";
import { HowToEarn } from "~/components/rewards/partner/how-to-earn";
import { PointsHistory } from "~/components/rewards/partner/points-history";
import { TierCard } from "~/components/rewards/partner/tier-card";
import { buttonClass } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { cn } from "~/lib/cn";
import { api } from "~/server/api/server-caller";

const querySchema = z.object({
  program: z.string().max(100).optional().catch(undefined),
  after: z.uuid().optional().catch(undefined),
});

const PAGE = 20;

export default async function RewardsPage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = querySchema.parse(await props.searchParams);
  const t = await getTranslations("rewards.portal");
  const format = await getFormatter();
  const caller = await api();
  const list = await caller.partner.rewards.programs();
  if (list.length === 0) {
    return (
      <div>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState
          title={t("emptyTitle")}
          body={t("emptyBody")}
          action={
            <Link href="/portal/programs" className={buttonClass()}>
              {t("browsePrograms")}
            </Link>
          }
        />
      </div>
    );
  }
  const program = list.find((item) => item.slug === query.program) ?? list[0]!;
  const [summary, history] = await Promise.all([
    caller.partner.rewards.summary({ programId: program.id }),
    caller.partner.rewards.history({ programId: program.id, cursor: query.after, limit: PAGE }),
  ]);
  const base = `/portal/rewards?program=${encodeURIComponent(program.slug)}`;
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      {list.length > 1 && (
        <nav aria-label={t("programPicker")}>
          <ul className="flex flex-wrap gap-2">
            {list.map((item) => (
              <li key={item.id}>
                <Link
                  href={`/portal/rewards?program=${encodeURIComponent(item.slug)}`}
                  aria-current={item.id === program.id ? "page" : undefined}
                  className={cn(
                    "inline-flex min-h-10 items-center rounded-full border px-4 text-sm",
                    item.id === program.id
                      ? "border-brand-700 bg-brand-700 text-white"
                      : "border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50",
                  )}
                >
                  {item.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <TierCard summary={summary} />
        </div>
        <Card>
          <h2 className="text-sm font-medium text-zinc-600">{t("points.title")}</h2>
          <p className="mt-1 text-3xl font-bold tabular-nums" data-testid="points-total">
            {format.number(summary.points.total)}
          </p>
          <p className="mt-1 text-sm text-zinc-700">{t("points.total")}</p>
          {summary.tiers.length > 0 && (
            <>
              <h3 className="mt-4 text-sm font-semibold text-zinc-800">{t("tiers.title")}</h3>
              <ul className="mt-1 space-y-1 text-sm text-zinc-700">
                {summary.tiers.map((tier) => (
                  <li key={tier.key} className="flex justify-between gap-3">
                    <span className={tier.key === summary.tier?.key ? "font-semibold" : ""}>
                      {tier.name}
                    </span>
                    <span className="tabular-nums">
                      {t("tiers.from", { points: tier.minPoints })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </div>
      <BadgeGrid
        earned={summary.badges.earned}
        available={summary.badges.available}
        courseTitles={summary.courseTitles}
      />
      <HowToEarn rules={summary.rules} />
      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("history.title")}
        </h2>
        <PointsHistory items={history.items} />
        {(query.after || history.nextCursor) && (
          <PageNav
            label={t("history.label")}
            summary={t("history.summary", { count: history.items.length })}
            previous={query.after ? { href: base, label: t("history.newest") } : null}
            next={
              history.nextCursor
                ? { href: `${base}&after=${history.nextCursor}`, label: t("history.older") }
                : null
            }
          />
        )}
      </section>
    </div>
  );
}
