import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatMoney } from "~/lib/money";
import { actionLabel, targetLabel } from "./audit-labels";
import { auditSummary, compactJson } from "./audit-summary";

type Entry = {
  id: number;
  action: string;
  targetType: string;
  targetId: string;
  data: Record<string, unknown>;
  createdAt: Date;
  actorEmail: string | null;
};

/** One line of the log: who did what to which thing, when, with the recorded data folded away. */
export async function AuditEntry(props: { entry: Entry; slug: string; targetHref: string }) {
  const t = await getTranslations("manager.audit");
  const format = await getFormatter();
  const locale = await getLocale();
  const { entry } = props;
  const summary = auditSummary(entry, {
    money: (minor, currency) => formatMoney(minor, currency, locale),
    none: t("noTier"),
  });
  const hasData = Object.keys(entry.data).length > 0;
  return (
    <li className="space-y-1 px-4 py-3 text-sm" data-testid="audit-entry">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
        <p>
          <span className="font-medium">{entry.actorEmail ?? t("system")}</span>
          {" · "}
          <span>{await actionLabel(entry.action)}</span>
          {summary.length > 0 && <span className="text-zinc-700"> · {summary.join(" · ")}</span>}
        </p>
        <time className="shrink-0 text-xs text-zinc-600" dateTime={entry.createdAt.toISOString()}>
          {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
        </time>
      </div>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-600">
        <code className="rounded bg-zinc-100 px-1 text-zinc-800">{entry.action}</code>
        <span>
          {await targetLabel(entry.targetType)}{" "}
          <Link href={props.targetHref} className="break-all text-brand-700 underline">
            {entry.targetId}
          </Link>
        </span>
        {entry.targetType === "enrollment" && (
          <Link
            href={`/manage/${props.slug}/partners/${entry.targetId}`}
            className="text-brand-700 underline"
          >
            {t("openPartner")}
          </Link>
        )}
      </p>
      {hasData && (
        <details className="text-xs">
          <summary className="cursor-pointer text-zinc-600">{t("details")}</summary>
          <pre
            tabIndex={0}
            className="mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded bg-zinc-50 p-2 text-zinc-800"
          >
            {compactJson(entry.data)}
          </pre>
        </details>
      )}
    </li>
  );
}
