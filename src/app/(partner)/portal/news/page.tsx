import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { AnnouncementCard } from "~/components/announcements/announcement-card";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { api } from "~/server/api/server-caller";

const params = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  program: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
});

/** News of the partner's programs, newest first; `?program=slug` narrows to one of them. */
export default async function PartnerNewsPage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { page, program } = params.parse(await props.searchParams);
  const t = await getTranslations("announcements.portal");
  const caller = await api();
  const list = await caller.partner.announcements.list({ page, programSlug: program });
  const at = (n: number) =>
    `/portal/news?page=${n}${program ? `&program=${encodeURIComponent(program)}` : ""}`;
  const programName = program ? list.items[0]?.program.name : undefined;
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} />
      {program && (
        <p className="text-sm text-zinc-700">
          {programName ? `${t("filtered", { program: programName })} ` : null}
          <Link href="/portal/news" className="text-brand-700 underline">
            {t("showAll")}
          </Link>
        </p>
      )}
      {list.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        list.items.map((item) => (
          <AnnouncementCard key={item.id} announcement={item} audience="partner" />
        ))
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
