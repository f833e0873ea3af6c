import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Badge } from "~/components/ui/status-badge";
import { PartnerWebinarCard } from "~/components/webinars/partner/partner-webinar-card";
import { api } from "~/server/api/server-caller";

const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

/** Webinars of the partner's programs: upcoming ones to join, past ones to watch again. */
export default async function PartnerWebinarsPage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const search = await props.searchParams;
  const upcomingPage = pageParam.parse(search.upcoming ?? 1);
  const pastPage = pageParam.parse(search.past ?? 1);
  const t = await getTranslations("webinars.partner");
  const format = await getFormatter();
  const caller = await api();
  const [upcoming, past] = await Promise.all([
    caller.partner.webinars.list({ view: "upcoming", page: upcomingPage }),
    caller.partner.webinars.list({ view: "past", page: pastPage }),
  ]);
  const href = (upcomingAt: number, pastAt: number) =>
    `/portal/webinars?upcoming=${upcomingAt}&past=${pastAt}`;
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="upcoming-webinars" className="space-y-4">
        <h2 id="upcoming-webinars" className="text-lg font-semibold">
          {t("upcoming")}
        </h2>
        {upcoming.items.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          upcoming.items.map((webinar) => <PartnerWebinarCard key={webinar.id} webinar={webinar} />)
        )}
        {upcoming.pageCount > 1 && (
          <PageNav
            label={t("upcomingPages")}
            summary={t("pageOf", { page: upcoming.page, count: upcoming.pageCount })}
            previous={
              upcoming.page > 1
                ? { href: href(upcoming.page - 1, pastPage), label: t("previous") }
                : null
            }
            next={
              upcoming.page < upcoming.pageCount
                ? { href: href(upcoming.page + 1, pastPage), label: t("next") }
                : null
            }
          />
        )}
      </section>
      <section aria-labelledby="past-webinars" className="space-y-4">
        <h2 id="past-webinars" className="text-lg font-semibold">
          {t("past")}
        </h2>
        {past.items.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("pastEmpty")}</p>
        ) : (
          <Card>
            <ul className="divide-y divide-zinc-100">
              {past.items.map((webinar) => (
                <li
                  key={webinar.id}
                  id={`webinar-${webinar.id}`}
                  className="flex flex-wrap items-center justify-between gap-3 py-3"
                >
                  <div className="min-w-0">
                    <p className="break-words font-medium">{webinar.title}</p>
                    <p className="text-xs text-zinc-600">
                      {webinar.program.name} ·{" "}
                      {format.dateTime(webinar.startsAt, {
                        dateStyle: "medium",
                        timeZone: webinar.timeZone,
                      })}
                    </p>
                  </div>
                  <span className="flex flex-wrap items-center gap-3">
                    {webinar.attended && <Badge tone="green">{t("attended")}</Badge>}
                    {webinar.recordingUrl && (
                      <a
                        href={webinar.recordingUrl}
                        rel="noopener noreferrer"
                        target="_blank"
                        className="text-sm text-brand-700 underline"
                      >
                        {t("watch", { title: webinar.title })}
                      </a>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {past.pageCount > 1 && (
          <PageNav
            label={t("pastPages")}
            summary={t("pageOf", { page: past.page, count: past.pageCount })}
            previous={
              past.page > 1
                ? { href: href(upcomingPage, past.page - 1), label: t("previous") }
                : null
            }
            next={
              past.page < past.pageCount
                ? { href: href(upcomingPage, past.page + 1), label: t("next") }
                : null
            }
          />
        )}
      </section>
    </div>
  );
}
