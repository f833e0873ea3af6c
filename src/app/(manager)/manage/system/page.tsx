import { getFormatter, getTranslations } from "next-intl/server";
import { QueueTable } from "~/components/system/queue-table";
import {
  EmailCard,
  MigrationsCard,
  StorageCard,
  VersionsCard,
} from "~/components/system/status-cards";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";

/** The owners' page: how this deployment is doing, read fresh on every visit. */
export default async function SystemPage() {
  const t = await getTranslations("manager.system");
  const caller = await api();
  const me = await caller.account.me();
  if (!me?.isOwner) return <EmptyState title={t("ownersOnlyTitle")} body={t("ownersOnlyBody")} />;
  const report = await caller.manage.system.report();
  const format = await getFormatter();
  const checkedAt = format.dateTime(report.checkedAt, { dateStyle: "medium", timeStyle: "medium" });

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description", { time: checkedAt })} />
      <div className="grid gap-4 md:grid-cols-2">
        <VersionsCard versions={report.versions} />
        <MigrationsCard migrations={report.migrations} />
        <EmailCard email={report.email} />
        <StorageCard storage={report.storage} />
      </div>
      <QueueTable queues={report.queues} />
    </div>
  );
}
