import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { ContestStatusBadge, utcDayRange } from "~/components/contests/contest-status";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Cell, Table } from "~/components/ui/table";

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export default async function ContestsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const query = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("contestsUi.manage");
  const tMetric = await getTranslations("contestsUi.metric");
  const format = await getFormatter();
  const result = await caller.manage.contests.list({ programId: program.id, page: query.page });
  const base = `/manage/${program.slug}/contests`;
  const pageHref = (page: number) => (page === 1 ? base : `${base}?page=${page}`);

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="mt-1 text-sm text-zinc-600">{t("description")}</p>
        </div>
        <Link href={`${base}/new`} className={buttonClass()}>
          {t("new")}
        </Link>
      </div>
      {result.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <Table
          caption={t("caption", { total: result.total })}
          headers={[
            { label: t("name") },
            { label: t("status") },
            { label: t("metric") },
            { label: t("window") },
            { label: t("prizes"), align: "right" },
          ]}
        >
          {result.items.map((contest) => (
            <tr key={contest.id} data-testid="contest-row">
              <Cell>
                <Link
                  href={`${base}/${contest.id}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {contest.name}
                </Link>
              </Cell>
              <Cell>
                <ContestStatusBadge status={contest.status} />
              </Cell>
              <Cell>{tMetric(contest.metric)}</Cell>
              <Cell className="whitespace-nowrap">
                {utcDayRange(format, contest.startsOn, contest.endsOn)}
              </Cell>
              <Cell numeric>{format.number(contest.prizes.length)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      <PageNav
        label={t("pagination")}
        summary={t("pageOf", { page: result.page, pages: result.pages, total: result.total })}
        previous={query.page > 1 ? { href: pageHref(query.page - 1), label: t("previous") } : null}
        next={
          query.page < result.pages ? { href: pageHref(query.page + 1), label: t("next") } : null
        }
      />
    </div>
  );
}
