import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { DeliveryStats } from "~/components/newsletters/manage/delivery-stats";
import { NewsletterComposer } from "~/components/newsletters/manage/newsletter-composer";
import { NewsletterPreview } from "~/components/newsletters/manage/newsletter-preview";
import { RecipientsSection } from "~/components/newsletters/manage/recipients-section";
import { ScheduleControls } from "~/components/newsletters/manage/schedule-controls";
import { NewsletterStatusBadge } from "~/components/newsletters/manage/status-badge";
import { Card } from "~/components/ui/card";
import { defaultLocale, isLocale } from "~/i18n/locales";
import { recipientFilterSchema } from "~/server/services/newsletters/newsletter-input";

const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function ManageNewsletterPage(props: {
  params: Promise<{ slug: string; newsletterId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug, newsletterId } = await props.params;
  if (!z.uuid().safeParse(newsletterId).success) notFound();
  const search = await props.searchParams;
  const page = pageParam.parse(search.page ?? 1);
  const filter = recipientFilterSchema.catch("all").parse(search.filter);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("newsletters");
  const format = await getFormatter();
  const locale = await getLocale();
  const ids = { programId: program.id, newsletterId };
  const newsletter = await caller.manage.newsletters.get(ids).catch(() => notFound());
  const base = `/manage/${program.slug}/newsletters`;
  const back = (
    <p className="text-sm">
      <Link href={base} className="text-brand-700 underline">
        {t("back")}
      </Link>
    </p>
  );
  const uiLocale = isLocale(locale) ? locale : defaultLocale;

  if (newsletter.editable) {
    const options = await caller.manage.newsletters.audienceOptions({ programId: program.id });
    return (
      <div className="space-y-6">
        {back}
        <h2 className="text-xl font-semibold">{t("compose.editTitle")}</h2>
        <NewsletterComposer
          programId={program.id}
          slug={program.slug}
          locale={uiLocale}
          tiers={options.tiers}
          topics={options.topics}
          newsletterId={newsletter.id}
          initial={{
            subject: newsletter.subject,
            body: newsletter.body,
            audience: newsletter.audience,
          }}
        />
      </div>
    );
  }

  const started = newsletter.startedAt !== null;
  const [stats, recipients] = started
    ? await Promise.all([
        caller.manage.newsletters.stats(ids),
        caller.manage.newsletters.recipients({ ...ids, filter, page }),
      ])
    : [null, null];
  return (
    <div className="space-y-6">
      {back}
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h2 className="break-words text-xl font-semibold">{newsletter.subject}</h2>
          <NewsletterStatusBadge
            status={newsletter.status}
            label={t(`status.${newsletter.status}`)}
          />
        </div>
        {newsletter.finishedAt && (
          <p className="mt-2 text-sm text-zinc-700">
            {format.dateTime(newsletter.finishedAt, { dateStyle: "medium", timeStyle: "short" })}
          </p>
        )}
        {(newsletter.status === "sent" || newsletter.status === "cancelled") && (
          <p className="mt-2 text-sm text-zinc-600">{t("readOnly")}</p>
        )}
        {(newsletter.status === "scheduled" || newsletter.status === "sending") && (
          <div className="mt-4">
            <ScheduleControls
              {...ids}
              subject={newsletter.subject}
              status={newsletter.status}
              scheduledAt={newsletter.scheduledAt}
            />
          </div>
        )}
      </Card>
      {stats ? <DeliveryStats stats={stats} /> : <p className="text-sm">{t("stats.notStarted")}</p>}
      {recipients && (
        <RecipientsSection
          recipients={recipients}
          filter={filter}
          hrefFor={(p) => `${base}/${newsletter.id}?filter=${filter}&page=${p}`}
        />
      )}
      <NewsletterPreview
        programId={program.id}
        subject={newsletter.subject}
        body={newsletter.body}
        initialLocale={uiLocale}
      />
    </div>
  );
}
