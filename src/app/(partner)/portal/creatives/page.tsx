import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";

/**
 * The navigation's "Creatives": libraries belong to programs, so a partner active in one
 * program goes straight to its library and a partner in several picks one.
 */
export default async function CreativesIndexPage() {
  const t = await getTranslations("creatives.partner.index");
  const programs = (await (await api()).partner.programs.list()).filter(
    (program) => program.state === "active",
  );
  if (programs.length === 1) redirect(`/portal/programs/${programs[0]!.slug}/creatives`);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      {programs.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          body={t("emptyBody")}
          action={
            <Link href="/portal/programs" className={buttonClass()}>
              {t("browse")}
            </Link>
          }
        />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {programs.map((program) => (
            <li key={program.id}>
              <Link
                href={`/portal/programs/${program.slug}/creatives`}
                className="block rounded-lg border border-zinc-200 bg-white p-4 font-medium shadow-sm hover:border-brand-600"
              >
                {program.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
