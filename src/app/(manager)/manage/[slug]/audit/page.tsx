import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { managedProgram } from "~/components/manager/managed-program";
import { EmptyState } from "~/components/ui/card";

export default async function AuditPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const before = z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .catch(undefined)
    .parse((await props.searchParams).before);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("manager.audit");
  const format = await getFormatter();
  const page = await caller.manage.audit.list({ programId: program.id, before });
  if (page.items.length === 0) return <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />;
  return (
    <div className="space-y-4">
      <ol className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white">
        {page.items.map((entry) => (
          <li
            key={entry.id}
            className="flex flex-col gap-1 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between"
            data-testid="audit-entry"
          >
            <span>
              <span className="font-medium">{entry.actorEmail ?? t("system")}</span>{" "}
              <code className="rounded bg-zinc-100 px-1 text-xs">{entry.action}</code>{" "}
              <span className="text-zinc-600">{summarize(entry.data)}</span>
            </span>
            <time className="text-xs text-zinc-500" dateTime={entry.createdAt.toISOString()}>
              {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </li>
        ))}
      </ol>
      {page.nextCursor && (
        <Link
          href={`/manage/${slug}/audit?before=${page.nextCursor}`}
          className="text-sm text-brand-700 underline"
        >
          {t("older")}
        </Link>
      )}
    </div>
  );
}

function summarize(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`,
    )
    .join(", ");
}
