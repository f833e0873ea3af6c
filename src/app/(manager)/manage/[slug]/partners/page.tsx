import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PageNav } from "~/components/ui/page-nav";
import { z } from "zod";
import { DecisionButtons } from "~/components/manager/decision-buttons";
import { managedProgram } from "~/components/manager/managed-program";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";
import { cn } from "~/lib/cn";

const statuses = ["applied", "approved", "rejected", "suspended"] as const;
const querySchema = z.object({
  status: z.enum(statuses).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
const tone = { applied: "amber", approved: "green", rejected: "red", suspended: "zinc" } as const;

export default async function PartnersPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const query = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("manager.partners");
  const tState = await getTranslations("manager.status");
  const format = await getFormatter();
  const result = await caller.manage.enrollments.list({
    programId: program.id,
    status: query.status,
    search: query.q || undefined,
    page: query.page,
  });
  const href = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    const merged = { status: query.status, q: query.q, page: undefined, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) params.set(key, String(value));
    return `/manage/${slug}/partners${params.size ? `?${params}` : ""}`;
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
        <ul className="flex flex-wrap gap-2" aria-label={t("filter")}>
          {[undefined, ...statuses].map((status) => (
            <li key={status ?? "all"}>
              <Link
                href={href({ status })}
                aria-current={query.status === status ? "true" : undefined}
                className={cn(
                  "rounded-full border px-3 py-1 text-sm",
                  query.status === status
                    ? "border-brand-600 bg-brand-50 text-brand-700"
                    : "border-zinc-300 bg-white",
                )}
              >
                {status ? tState(status) : t("all")}
              </Link>
            </li>
          ))}
        </ul>
        <form className="flex gap-2" role="search">
          {query.status && <input type="hidden" name="status" value={query.status} />}
          <label htmlFor="q" className="sr-only">
            {t("search")}
          </label>
          <input
            id="q"
            name="q"
            defaultValue={query.q}
            placeholder={t("searchPlaceholder")}
            className="w-full rounded-md border border-zinc-300 px-3 py-2 text-sm md:w-64"
          />
          <Button type="submit" variant="secondary">
            {t("search")}
          </Button>
        </form>
      </div>
      {result.items.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          body={query.status === "applied" ? t("emptyApplied") : t("emptyBody")}
        />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { total: result.total })}</caption>
            <thead className="bg-zinc-50 text-zinc-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("partner")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("status")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("applied")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {result.items.map((row) => (
                <tr key={row.id} data-testid="partner-row">
                  <td className="px-4 py-3">
                    <div className="font-medium">{row.name ?? row.email}</div>
                    {row.name && <div className="text-xs text-zinc-500">{row.email}</div>}
                    {row.pitch && (
                      <div className="mt-1 max-w-md text-xs text-zinc-600">{row.pitch}</div>
                    )}
                  </td>
                  <td className="px-4 py-3">
                    <Badge tone={tone[row.status]}>{tState(row.status)}</Badge>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-zinc-600">
                    {format.dateTime(row.appliedAt, { dateStyle: "medium" })}
                  </td>
                  <td className="px-4 py-3">
                    <DecisionButtons
                      programId={program.id}
                      enrollmentId={row.id}
                      status={row.status}
                      partner={row.email}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageNav
        label={t("pagination")}
        summary={t("pageOf", { page: query.page, pages: result.pages, total: result.total })}
        previous={
          query.page > 1 ? { href: href({ page: query.page - 1 }), label: t("previous") } : null
        }
        next={
          query.page < result.pages
            ? { href: href({ page: query.page + 1 }), label: t("next") }
            : null
        }
      />
    </div>
  );
}
