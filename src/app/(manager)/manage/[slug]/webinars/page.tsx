import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { Card, EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { WebinarForm } from "~/components/webinars/manage/webinar-form";

const params = z.object({
  view: z.enum(["upcoming", "past"]).catch("upcoming"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function ManageWebinarsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const { view, page } = params.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("webinars.manage");
  const format = await getFormatter();
  const [list, tiers] = await Promise.all([
    caller.manage.webinars.list({ programId: program.id, view, page }),
    caller.manage.webinars.audienceOptions({ programId: program.id }),
  ]);
  const base = `/manage/${program.slug}/webinars`;
  const at = (pageAt: number) => `${base}?view=${view}&page=${pageAt}`;
  return (
    <div className="space-y-6">
      <Card>
        <h2 className="font-semibold">{t("scheduleTitle")}</h2>
        <p className="mb-4 mt-1 text-sm text-zinc-600">{t("scheduleBody")}</p>
        <WebinarForm programId={program.id} slug={program.slug} tiers={tiers} />
      </Card>
      <nav aria-label={t("views")} className="flex gap-4 text-sm">
        {(["upcoming", "past"] as const).map((item) => (
          <Link
            key={item}
            href={`${base}?view=${item}`}
            aria-current={item === view ? "page" : undefined}
            className={
              item === view ? "font-semibold text-zinc-900 underline" : "text-brand-700 underline"
            }
          >
            {t(item)}
          </Link>
        ))}
      </nav>
      {list.items.length === 0 ? (
        <EmptyState title={t(`${view}EmptyTitle`)} body={t(`${view}EmptyBody`)} />
      ) : (
        <Table
          caption={t(view)}
          headers={[
            { label: t("colTitle") },
            { label: t("colStart") },
            { label: t("colRegistered"), align: "right" },
            { label: t("colAttended"), align: "right" },
            { label: t("colStatus") },
          ]}
        >
          {list.items.map((row) => (
            <tr key={row.id} data-testid="webinar-row">
              <Cell>
                <Link href={`${base}/${row.id}`} className="text-brand-700 underline">
                  {row.title}
                </Link>
              </Cell>
              <Cell className="whitespace-nowrap">
                {format.dateTime(row.startsAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: row.timeZone,
                })}
                <span className="block text-xs text-zinc-600">
                  {row.timeZone.replaceAll("_", " ")}
                </span>
              </Cell>
              <Cell numeric>
                {row.capacity === null
                  ? format.number(row.registered)
                  : t("ofCapacity", { count: row.registered, capacity: row.capacity })}
              </Cell>
              <Cell numeric>{format.number(row.attended)}</Cell>
              <Cell>
                {row.cancelledAt ? (
                  <Badge tone="red">{t("cancelled")}</Badge>
                ) : row.recordingUrl ? (
                  <Badge tone="green">{t("recorded")}</Badge>
                ) : (
                  <Badge tone="blue">{t("scheduled")}</Badge>
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {list.pageCount > 1 && (
        <PageNav
          label={t("pages")}
          summary={t("pageOf", { page: list.page, count: list.pageCount })}
          previous={list.page > 1 ? { href: at(list.page - 1), label: t("previous") } : null}
          next={list.page < list.pageCount ? { href: at(list.page + 1), label: t("next") } : null}
        />
      )}
    </div>
  );
}
