import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ProgramSummaryCard } from "~/components/cockpit/manage/program-summary-card";
import { buttonClass } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";

export default async function ManagedProgramsPage() {
  const t = await getTranslations("manager.programs");
  const caller = await api();
  const [me, home] = await Promise.all([caller.account.me(), caller.manage.cockpit.home()]);
  const create = me?.isOwner ? (
    <Link href="/manage/new" className={buttonClass()}>
      {t("create")}
    </Link>
  ) : undefined;
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} actions={create} />
      {home.programs.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          body={me?.isOwner ? t("emptyOwner") : t("emptyManager")}
          action={create}
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {home.programs.map((program) => (
            <ProgramSummaryCard key={program.id} program={program} />
          ))}
        </ul>
      )}
    </div>
  );
}
