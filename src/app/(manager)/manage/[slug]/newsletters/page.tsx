import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { NewsletterStatusBadge } from "~/components/newsletters/manage/status-badge";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Cell, Table } from "~/components/ui/table";

const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function ManageNewslettersPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const page = pageParam.parse((await props.searchParams).page ?? 1);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("newsletters");
  const format = await getFormatter();
  const list = await caller.manage.newsletters.list({ programId: program.id, page });
  const base = `/manage/${program.slug}/newsletters`;
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—";
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-600">{t("intro")}</p>
        </div>
        <Link href={`${base}/new`} className={buttonClass()}>
          {t("new")}
        </Link>
      </div>
      {list.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <Table
          caption={t("listCaption")}
          headers={[
            { label: t("colSubject") },
            { label: t("colStatus") },
            { label: t("colWhen") },
            { label: t("colRecipients"), align: "right" },
            { label: t("colSent"), align: "right" },
          ]}
        >
          {list.items.map((row) => (
            <tr key={row.id} data-testid="newsletter-row">
              <Cell>
                <Link href={`${base}/${row.id}`} className="break-words text-brand-700 underline">
                  {row.subject}
                </Link>
              </Cell>
              <Cell>
                <NewsletterStatusBadge status={row.status} label={t(`status.${row.status}`)} />
              </Cell>
              <Cell className="whitespace-nowrap">
                {when(row.finishedAt ?? row.scheduledAt ?? row.createdAt)}
              </Cell>
              <Cell numeric>{format.number(row.recipients)}</Cell>
              <Cell numeric>{format.number(row.sent)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      {list.pageCount > 1 && (
        <PageNav
          label={t("pages")}
          summary={t("pageOf", { page: list.page, count: list.pageCount })}
          previous={
            list.page > 1 ? { href: `${base}?page=${list.page - 1}`, label: t("previous") } : null
          }
          next={
            list.page < list.pageCount
              ? { href: `${base}?page=${list.page + 1}`, label: t("next") }
              : null
          }
        />
      )}
    </div>
  );
}
