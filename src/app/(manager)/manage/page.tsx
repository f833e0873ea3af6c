import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { api } from "~/server/api/server-caller";

export default async function ManagedProgramsPage() {
  const t = await getTranslations("manager.programs");
  const caller = await api();
  const [me, programs] = await Promise.all([caller.account.me(), caller.manage.programs.list()]);
  const create = me?.isOwner ? (
    <Link href="/manage/new" className={buttonClass()}>
      {t("create")}
    </Link>
  ) : undefined;
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} actions={create} />
      {programs.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          body={me?.isOwner ? t("emptyOwner") : t("emptyManager")}
          action={create}
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {programs.map((program) => (
            <li
              key={program.id}
              className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm"
            >
              <h2 className="text-lg font-semibold">
                <Link href={`/manage/${program.slug}`} className="hover:underline">
                  {program.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-zinc-600">
                {t("counts", { approved: program.approved, pending: program.pending })}
              </p>
              {program.pending > 0 && (
                <Link
                  href={`/manage/${program.slug}/partners?status=applied`}
                  className="mt-3 inline-block"
                >
                  <Badge tone="amber">{t("review", { count: program.pending })}</Badge>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
