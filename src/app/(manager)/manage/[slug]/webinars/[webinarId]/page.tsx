import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { Card } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Badge } from "~/components/ui/status-badge";
import { Cell, Table } from "~/components/ui/table";
import { AttendanceImport } from "~/components/webinars/manage/attendance-import";
import {
  AttendanceToggle,
  CancelWebinarButton,
  RecordingForm,
} from "~/components/webinars/manage/manage-controls";
import { WebinarForm } from "~/components/webinars/manage/webinar-form";
import { QuestionsSection } from "~/components/webinars/manage/questions-section";
import { WebinarWhen } from "~/components/webinars/webinar-when";

const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function ManageWebinarPage(props: {
  params: Promise<{ slug: string; webinarId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug, webinarId } = await props.params;
  if (!z.uuid().safeParse(webinarId).success) notFound();
  const search = await props.searchParams;
  const rPage = pageParam.parse(search.registrations ?? 1);
  const qPage = pageParam.parse(search.questions ?? 1);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("webinars.manage");
  const format = await getFormatter();
  const ids = { programId: program.id, webinarId };
  const webinar = await caller.manage.webinars.get(ids).catch(() => notFound());
  const [registrations, questions, tiers] = await Promise.all([
    caller.manage.webinars.registrations({ ...ids, page: rPage }),
    caller.manage.webinars.questions({ ...ids, page: qPage }),
    caller.manage.webinars.audienceOptions({ programId: program.id }),
  ]);
  const started = webinar.started;
  const live = !webinar.cancelledAt;
  const base = `/manage/${program.slug}/webinars/${webinar.id}`;
  const at = (r: number, q: number) => `${base}?registrations=${r}&questions=${q}`;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/manage/${program.slug}/webinars`} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h2 className="break-words text-xl font-semibold">{webinar.title}</h2>
          {webinar.cancelledAt && <Badge tone="red">{t("cancelled")}</Badge>}
        </div>
        <div className="mt-2">
          <WebinarWhen {...webinar} />
        </div>
        <p className="mt-2 text-sm text-zinc-700">
          {t("counts", { registered: webinar.registered, attended: webinar.attended })}
        </p>
        <p className="mt-2 text-sm">
          <a href={`/api/webinars/${webinar.id}/ics`} className="text-brand-700 underline">
            {t("calendarFile")}
          </a>
        </p>
      </Card>
      {live && !started && (
        <Card>
          <h2 className="mb-4 font-semibold">{t("editTitle")}</h2>
          <WebinarForm
            programId={program.id}
            slug={program.slug}
            tiers={tiers}
            webinarId={webinar.id}
            initial={{
              title: webinar.title,
              description: webinar.description,
              startsLocal: webinar.startsLocal,
              timeZone: webinar.timeZone,
              durationMinutes: webinar.durationMinutes,
              joinUrl: webinar.joinUrl,
              capacity: webinar.capacity,
              audienceTierKeys: webinar.audienceTierKeys,
            }}
          />
          <div className="mt-6 border-t border-zinc-100 pt-4">
            <CancelWebinarButton {...ids} title={webinar.title} />
          </div>
        </Card>
      )}
      <section aria-labelledby="registrations" className="space-y-3">
        <h2 id="registrations" className="font-semibold">
          {t("registrations")}
        </h2>
        {!started && live && <p className="text-sm text-zinc-600">{t("attendanceLater")}</p>}
        {registrations.items.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("noRegistrations")}</p>
        ) : (
          <Table
            caption={t("registrations")}
            headers={[
              { label: t("colPartner") },
              { label: t("colRegisteredAt") },
              { label: t("colAttendedCheck") },
            ]}
          >
            {registrations.items.map((row) => (
              <tr key={row.enrollmentId}>
                <Cell>
                  <span className="block">{row.name ?? row.email}</span>
                  {row.name && <span className="block text-xs text-zinc-600">{row.email}</span>}
                </Cell>
                <Cell className="whitespace-nowrap">
                  {format.dateTime(row.registeredAt, { dateStyle: "medium", timeStyle: "short" })}
                </Cell>
                <Cell>
                  {started && live ? (
                    <AttendanceToggle
                      {...ids}
                      enrollmentId={row.enrollmentId}
                      name={row.name ?? row.email}
                      attended={row.attendedAt !== null}
                    />
                  ) : row.attendedAt ? (
                    t("yes")
                  ) : (
                    t("no")
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
        )}
        {registrations.pageCount > 1 && (
          <PageNav
            label={t("registrationPages")}
            summary={t("pageOf", { page: registrations.page, count: registrations.pageCount })}
            previous={rPage > 1 ? { href: at(rPage - 1, qPage), label: t("previous") } : null}
            next={
              rPage < registrations.pageCount
                ? { href: at(rPage + 1, qPage), label: t("next") }
                : null
            }
          />
        )}
      </section>
      {started && live && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <h2 className="mb-3 font-semibold">{t("importTitle")}</h2>
            <AttendanceImport {...ids} />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">{t("recordingTitle")}</h2>
            <RecordingForm {...ids} current={webinar.recordingUrl} />
          </Card>
        </div>
      )}
      <QuestionsSection
        programId={program.id}
        questions={questions}
        pageHref={(page) => at(rPage, page)}
      />
    </div>
  );
}
