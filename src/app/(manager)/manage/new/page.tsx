import { getTranslations } from "next-intl/server";
import { ProgramForm } from "~/components/programs/manage/program-form";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";

export default async function NewProgramPage() {
  const t = await getTranslations("manager.new");
  const me = await (await api()).account.me();
  if (!me?.isOwner) return <EmptyState title={t("ownersOnlyTitle")} body={t("ownersOnlyBody")} />;
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <ProgramForm />
      </Card>
    </div>
  );
}
