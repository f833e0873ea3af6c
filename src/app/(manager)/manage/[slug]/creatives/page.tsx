import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { CreativeCard } from "~/components/creatives/manage/creative-card";
import {
  CreativeFilters,
  creativeFiltersSchema,
} from "~/components/creatives/manage/creative-filters";
import { UploadCreativeForm } from "~/components/creatives/manage/upload-creative-form";
import { Card, EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";

const querySchema = creativeFiltersSchema.extend({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export default async function CreativesPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const query = querySchema.parse(await props.searchParams);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("creatives.manage");
  const result = await caller.manage.creatives.list({
    programId: program.id,
    kind: query.kind,
    language: query.language,
    tag: query.tag,
    search: query.q,
    status: query.status,
    page: query.page,
  });
  const href = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, page })) {
      if (value && !(key === "status" && value === "active") && !(key === "page" && value === 1)) {
        params.set(key, String(value));
      }
    }
    return `/manage/${program.slug}/creatives${params.size ? `?${params}` : ""}`;
  };
  const filtered = Boolean(query.kind || query.language || query.tag || query.q);

  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="mt-1 text-sm text-zinc-600">{t("description")}</p>
      </div>
      <Card>
        <h3 className="mb-4 font-semibold">{t("upload.title")}</h3>
        <UploadCreativeForm slug={program.slug} />
      </Card>
      <section aria-labelledby="creative-library" className="space-y-4">
        <h3 id="creative-library" className="font-semibold">
          {t("list.title")}
        </h3>
        <CreativeFilters values={query} />
        <p className="text-sm text-zinc-600" role="status">
          {t("list.results", { count: result.total })}
        </p>
        {result.items.length === 0 ? (
          <EmptyState
            title={filtered ? t("list.filteredTitle") : t("list.emptyTitle")}
            body={filtered ? t("list.filteredBody") : t("list.emptyBody")}
          />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {result.items.map((creative) => (
              <li key={creative.id}>
                <CreativeCard programId={program.id} creative={creative} />
              </li>
            ))}
          </ul>
        )}
        {result.pages > 1 && (
          <PageNav
            label={t("list.pagination")}
            summary={t("list.pageOf", { page: query.page, pages: result.pages })}
            previous={
              query.page > 1 ? { href: href(query.page - 1), label: t("list.previous") } : null
            }
            next={
              query.page < result.pages
                ? { href: href(query.page + 1), label: t("list.next") }
                : null
            }
          />
        )}
      </section>
    </div>
  );
}
