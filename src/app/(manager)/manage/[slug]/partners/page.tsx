import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { PartnerFilters } from "~/components/partners/manage/partner-filters";
import { PartnersTable } from "~/components/partners/manage/partners-table";
import { EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { cn } from "~/lib/cn";
import { tierKeySchema } from "~/lib/validation/commission-rules";
import { PARTNER_SORTS } from "~/server/services/partners/list-program-partners";
import { NO_TIER } from "~/server/services/partners/tier-keys";

const statuses = ["applied", "approved", "training", "rejected", "suspended"] as const;
const querySchema = z.object({
  status: z.enum(statuses).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  tier: z
    .union([z.literal(NO_TIER), tierKeySchema])
    .optional()
    .catch(undefined),
  sort: z.enum(PARTNER_SORTS).catch("newest").default("newest"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

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
  const result = await caller.manage.partners.list({
    programId: program.id,
    status: query.status,
    search: query.q || undefined,
    tier: query.tier === NO_TIER ? null : query.tier,
    sort: query.sort,
    page: query.page,
  });
  const href = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    const merged = { ...query, page: undefined, ...changes };
    for (const [key, value] of Object.entries(merged)) {
      if (value && !(key === "sort" && value === "newest")) params.set(key, String(value));
    }
    return `/manage/${slug}/partners${params.size ? `?${params}` : ""}`;
  };
  const utcDay = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const filtered = Boolean(query.q || query.tier || query.status);

  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <ul className="flex flex-wrap gap-2" aria-label={t("filter")}>
        {[undefined, ...statuses].map((status) => (
          <li key={status ?? "all"}>
            <Link
              href={href({ status })}
              aria-current={query.status === status ? "true" : undefined}
              className={cn(
                "inline-block rounded-full border px-3 py-1 text-sm",
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
      <PartnerFilters values={query} tierOptions={result.tierOptions} />
      <p className="text-xs text-zinc-600">
        {t("windowNote", { from: utcDay(result.window.from), to: utcDay(result.window.to) })}
      </p>
      {result.items.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          body={
            query.status === "applied" && !query.q && !query.tier
              ? t("emptyApplied")
              : filtered
                ? t("emptyBody")
                : t("emptyProgram")
          }
        />
      ) : (
        <PartnersTable
          slug={slug}
          programId={program.id}
          currency={program.currency}
          total={result.total}
          items={result.items}
        />
      )}
      <PageNav
        label={t("pagination")}
        summary={t("pageOf", { page: result.page, pages: result.pages, total: result.total })}
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
