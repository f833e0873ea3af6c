import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { NewsletterComposer } from "~/components/newsletters/manage/newsletter-composer";
import { isLocale, defaultLocale } from "~/i18n/locales";

export default async function NewNewsletterPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("newsletters");
  const locale = await getLocale();
  const options = await caller.manage.newsletters.audienceOptions({ programId: program.id });
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/manage/${program.slug}/newsletters`} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h2 className="text-xl font-semibold">{t("compose.newTitle")}</h2>
      <NewsletterComposer
        programId={program.id}
        slug={program.slug}
        locale={isLocale(locale) ? locale : defaultLocale}
        tiers={options.tiers}
        topics={options.topics}
      />
    </div>
  );
}
