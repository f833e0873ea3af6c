import { useTranslations } from "next-intl";
import type { ExportName } from "~/server/services/exports/registry";
import { cn } from "~/lib/cn";

/**
 * "Export CSV" for a console table: a form posting to the export route with the page's own
 * filters in its address, so the file holds what the page shows, every page of it. A POST,
 * not a link, because each export is audited and a GET must not write (prefetches and link
 * scanners would record downloads nobody made); the attachment answer keeps the page where
 * it is. `what` names the table for screen readers, which hear "Export CSV: top links".
 */
export function ExportCsvButton(props: {
  slug: string;
  table: ExportName;
  what: string;
  query?: Record<string, string | number | undefined | null>;
  className?: string;
}) {
  const t = useTranslations("exports");
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(props.query ?? {})) {
    if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
  }
  const href = `/api/manage/${encodeURIComponent(props.slug)}/export/${props.table}${
    search.size ? `?${search}` : ""
  }`;
  return (
    <form method="post" action={href} className="inline-flex">
      <button
        type="submit"
        data-testid={`export-${props.table}`}
        className={cn(
          "inline-flex min-h-8 items-center gap-1 rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50",
          props.className,
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
          <path d="M8 1a.75.75 0 0 1 .75.75v6.69l2.22-2.22a.75.75 0 1 1 1.06 1.06l-3.5 3.5a.75.75 0 0 1-1.06 0l-3.5-3.5a.75.75 0 0 1 1.06-1.06l2.22 2.22V1.75A.75.75 0 0 1 8 1ZM2.75 12a.75.75 0 0 1 .75.75v.75h9v-.75a.75.75 0 0 1 1.5 0V14a.75.75 0 0 1-.75.75H2.75A.75.75 0 0 1 2 14v-1.25a.75.75 0 0 1 .75-.75Z" />
        </svg>
        {t("link")}
        <span className="sr-only">{t("context", { what: props.what })}</span>
      </button>
    </form>
  );
}
