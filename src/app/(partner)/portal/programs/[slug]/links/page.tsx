import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { CreateLinkForm } from "~/components/links/partner/create-link-form";
import { LinksTable } from "~/components/links/partner/links-table";
import { PromoCodeList } from "~/components/links/partner/promo-code-list";
import { Card, PageHeader } from "~/components/ui/card";
import { loadProgramPage, NotActivePage } from "../program-page";
import { api } from "~/server/api/server-caller";

export default async function LinksPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const after = z
    .uuid()
    .optional()
    .catch(undefined)
    .parse((await props.searchParams).after);
  const { program, state } = await loadProgramPage(slug);
  const t = await getTranslations("links");
  const programHref = `/portal/programs/${program.slug}`;
  const header = (
    <PageHeader
      title={t("title")}
      description={t("description", { program: program.name })}
      actions={
        <Link href={programHref} className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
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
  const caller = await api();
  const [links, codes, locale] = await Promise.all([
    caller.partner.links.list({ programId: program.id, after }),
    caller.partner.links.promoCodes({ programId: program.id }),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      {header}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-4 font-semibold">{t("create.title")}</h2>
          <CreateLinkForm programId={program.id} domains={program.allowedDomains} />
        </Card>
        <PromoCodeList codes={codes} />
      </div>
      <section className="space-y-3">
        <div>
          <h2 className="font-semibold">{t("list.title")}</h2>
          <p className="text-sm text-zinc-600">{t("list.hint")}</p>
        </div>
        <LinksTable links={links.items} currency={program.currency} locale={locale} />
        <nav className="flex gap-4 text-sm" aria-label={t("list.pagination")}>
          {after && (
            <Link href={`${programHref}/links`} className="text-brand-700 underline">
              {t("list.newest")}
            </Link>
          )}
          {links.nextCursor && (
            <Link
              href={`${programHref}/links?after=${links.nextCursor}`}
              className="text-brand-700 underline"
            >
              {t("list.older")}
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
