import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "~/components/ui/card";
import { Cell, Table } from "~/components/ui/table";
import type { SystemReport } from "~/server/services/system/system-report";
import { Technical } from "./report-card";

/** Jobs per queue and each queue's last runs: a growing "waiting" means no worker is running. */
export async function QueueTable({ queues }: { queues: SystemReport["queues"] }) {
  const t = await getTranslations("manager.system");
  const format = await getFormatter();
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("never");
  let body;
  if (!queues.ok) {
    body = <Technical>{queues.error}</Technical>;
  } else if (!queues.value.installed) {
    body = <EmptyState title={t("workerNotStartedTitle")} body={t("workerNotStartedBody")} />;
  } else {
    body = (
      <>
        <Table
          caption={t("queuesCaption")}
          landmark={false}
          headers={[
            { label: t("queue") },
            { label: t("waiting"), align: "right" },
            { label: t("retrying"), align: "right" },
            { label: t("active"), align: "right" },
            { label: t("failed"), align: "right" },
            { label: t("lastCompleted") },
            { label: t("lastFailed") },
          ]}
        >
          {queues.value.queues.map((queue) => (
            <tr key={queue.name} data-testid="queue-row">
              <Cell className="font-mono text-xs whitespace-nowrap">{queue.name}</Cell>
              <Cell numeric>{format.number(queue.created)}</Cell>
              <Cell numeric>{format.number(queue.retry)}</Cell>
              <Cell numeric>{format.number(queue.active)}</Cell>
              <Cell numeric className={queue.failed > 0 ? "font-semibold text-red-700" : ""}>
                {format.number(queue.failed)}
              </Cell>
              <Cell className="whitespace-nowrap">{when(queue.lastCompletedAt)}</Cell>
              <Cell className="whitespace-nowrap">{when(queue.lastFailedAt)}</Cell>
            </tr>
          ))}
        </Table>
        {queues.value.missing.length > 0 && (
          <p className="text-sm text-amber-900">
            {t("queuesMissing", { names: queues.value.missing.join(", ") })}
          </p>
        )}
      </>
    );
  }
  return (
    <section aria-labelledby="system-queues" className="space-y-3">
      <div>
        <h2 id="system-queues" className="text-lg font-semibold">
          {t("queues")}
        </h2>
        <p className="text-sm text-zinc-600">{t("queuesHelp")}</p>
      </div>
      {body}
    </section>
  );
}
