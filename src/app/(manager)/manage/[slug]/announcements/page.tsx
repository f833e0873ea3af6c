import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AnnouncementCard } from "~/components/announcements/announcement-card";
import { AnnouncementComposeForm } from "~/components/announcements/manage/compose-form";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { Card, EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";

const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

/** Program news: post an announcement; every announcement, automatic ones too, below. */
export default async function ManageAnnouncementsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const page = pageParam.parse((await props.searchParams).page ?? 1);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("announcements.manage");
  const list = await caller.manage.announcements.list({ programId: program.id, page });
  const at = (n: number) => `/manage/${program.slug}/announcements?page=${n}`;
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-bold">{t("title")}</h2>
        <p className="mt-1 text-sm text-zinc-600">{t("description")}</p>
      </div>
      <Card>
        <h3 className="mb-4 font-semibold">{t("compose")}</h3>
        <AnnouncementComposeForm programId={program.id} />
      </Card>
      <section aria-labelledby="announcement-history" className="space-y-4">
        <h3 id="announcement-history" className="text-lg font-semibold">
          {t("history")}
        </h3>
        {list.items.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          list.items.map((item) => (
            <AnnouncementCard key={item.id} announcement={item} audience="manager" />
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
      </section>
    </div>
  );
}
