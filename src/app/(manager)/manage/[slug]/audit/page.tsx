import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { AuditEntry } from "~/components/audit/manage/audit-entry";
import { AuditFilters } from "~/components/audit/manage/audit-filters";
import { ExportCsvButton } from "~/components/exports/manage/export-csv-button";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { EmptyState } from "~/components/ui/card";

const key = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/);
const text = z.string().trim().min(1).max(200);
const querySchema = z.object({
  before: z.coerce.number().int().positive().optional().catch(undefined),
  action: key.optional().catch(undefined),
  actor: text.optional().catch(undefined),
  targetType: key.optional().catch(undefined),
  targetId: text.optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  q: text.optional().catch(undefined),
});

export default async function AuditPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const { before, ...filters } = querySchema.parse(await props.searchParams);
  // A reversed range is read the way it was meant rather than refused.
  if (filters.from && filters.to && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("manager.audit");
  const page = await caller.manage.audit.list({ programId: program.id, before, ...filters });
  const base = `/manage/${slug}/audit`;
  const href = (values: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (value) params.set(name, String(value));
    return `${base}${params.size ? `?${params}` : ""}`;
  };
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <ExportCsvButton slug={slug} table="audit" what={t("title")} query={filters} />
      <AuditFilters values={filters} clearHref={base} />
      {page.items.length === 0 ? (
        <EmptyState
          title={filtered ? t("emptyFilteredTitle") : t("emptyTitle")}
          body={filtered ? t("emptyFiltered") : t("emptyBody")}
        />
      ) : (
        <ol
          aria-label={t("listLabel")}
          className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white"
        >
          {page.items.map((entry) => (
            <AuditEntry
              key={entry.id}
              entry={entry}
              slug={slug}
              targetHref={href({ targetType: entry.targetType, targetId: entry.targetId })}
            />
          ))}
        </ol>
      )}
      <nav className="flex gap-3 text-sm" aria-label={t("pagination")}>
        {before && (
          <Link href={href(filters)} className="text-brand-700 underline">
            {t("newest")}
          </Link>
        )}
        {page.nextCursor && (
          <Link
            href={href({ ...filters, before: page.nextCursor })}
            className="text-brand-700 underline"
          >
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
