import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { CreativeCard } from "~/components/creatives/partner/creative-card";
import {
  CreativeFilters,
  type CreativeFilterValues,
} from "~/components/creatives/partner/creative-filters";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { loadProgramPage, NotActivePage } from "../program-page";
import { api } from "~/server/api/server-caller";
import { creativeKinds, parseSize } from "~/server/services/creatives/partner/creative-filters";

const text = (max: number) => z.string().trim().max(max).optional().catch(undefined);

// A hand-edited address degrades to "no such filter" instead of an error page.
const searchSchema = z.object({
  kind: z.enum(creativeKinds).optional().catch(undefined),
  language: text(20),
  tag: text(50),
  size: text(20).transform((value) => (value && parseSize(value) ? value : undefined)),
  q: text(100),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

const PAGE_SIZE = 12;

export default async function CreativesPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await props.params;
  const search = searchSchema.parse(await props.searchParams);
  const { program, state } = await loadProgramPage(slug);
  const t = await getTranslations("creatives.partner");
  const programHref = `/portal/programs/${program.slug}`;
  const pageHref = `${programHref}/creatives`;
  const header = (
    <PageHeader
      title={t("title")}
      description={t("description", { program: program.name })}
      actions={
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href={`${programHref}/links`} className="text-brand-700 underline">
            {t("toLinks")}
          </Link>
          <Link href={programHref} className="text-brand-700 underline">
            {t("back")}
          </Link>
        </div>
      }
    />
  );
  if (state !== "active") {
    const text = {
      title: t("notActive.title"),
      body: t("notActive.body"),
      open: t("notActive.open"),
    };
    return <NotActivePage header={header} programHref={programHref} text={text} />;
  }

  const filters: CreativeFilterValues = {
    kind: search.kind,
    language: search.language || undefined,
    tag: search.tag || undefined,
    size: search.size,
    q: search.q || undefined,
  };
  const library = await (
    await api()
  ).partner.creatives.list({
    programId: program.id,
    kind: search.kind,
    language: filters.language,
    tag: filters.tag,
    size: filters.size,
    search: filters.q,
    page: search.page ?? 1,
    limit: PAGE_SIZE,
  });
  const hrefFor = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...filters, page: page > 1 ? String(page) : undefined }).filter(
        (entry): entry is [string, string] => Boolean(entry[1]),
      ),
    ).toString();
    return query ? `${pageHref}?${query}` : pageHref;
  };
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="space-y-6">
      {header}
      <CreativeFilters values={filters} facets={library.facets} clearHref={pageHref} />
      <section aria-labelledby="creative-results" className="space-y-4">
        <h2 id="creative-results" className="text-sm text-zinc-600" aria-live="polite">
          {t("results", { count: library.total })}
        </h2>
        {library.items.length === 0 ? (
          <EmptyState
            title={filtered ? t("empty.filteredTitle") : t("empty.title")}
            body={filtered ? t("empty.filteredBody") : t("empty.body")}
          />
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {library.items.map((creative) => (
              <CreativeCard key={creative.id} creative={creative} />
            ))}
          </ul>
        )}
        {library.pageCount > 1 && (
          <PageNav
            label={t("pagination")}
            summary={t("pageOf", { page: library.page, pages: library.pageCount })}
            previous={
              library.page > 1 ? { href: hrefFor(library.page - 1), label: t("previous") } : null
            }
            next={
              library.page < library.pageCount
                ? { href: hrefFor(library.page + 1), label: t("next") }
                : null
            }
          />
        )}
        <p className="text-xs text-zinc-600">{t("statsNote")}</p>
      </section>
    </div>
  );
}
