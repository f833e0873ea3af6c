import { getTranslations } from "next-intl/server";
import { Badge } from "~/components/ui/status-badge";
import { QuestionBoard } from "./question-board";
import { RegisterButton } from "./register-button";
import { WebinarWhen } from "../webinar-when";

export type PartnerWebinarItem = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  cancelledAt: Date | null;
  joinUrl: string | null;
  registered: boolean;
  /** Not cancelled and not started: registration and questions are open. */
  open: boolean;
  seatsLeft: number | null;
  program: { name: string };
};

/** One upcoming webinar in the portal: when, seats, registration, calendar file, questions. */
export async function PartnerWebinarCard({ webinar }: { webinar: PartnerWebinarItem }) {
  const t = await getTranslations("webinars.partner");
  const open = webinar.open;
  return (
    <article
      id={`webinar-${webinar.id}`}
      aria-labelledby={`webinar-${webinar.id}-title`}
      className="space-y-4 rounded-lg border border-zinc-200 bg-white p-5 shadow-sm"
      data-testid="webinar-card"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs text-zinc-600">{webinar.program.name}</p>
          <h2 id={`webinar-${webinar.id}-title`} className="break-words text-lg font-semibold">
            {webinar.title}
          </h2>
        </div>
        <span className="flex gap-2">
          {webinar.cancelledAt && <Badge tone="red">{t("cancelled")}</Badge>}
          {webinar.registered && !webinar.cancelledAt && (
            <Badge tone="green">{t("registered")}</Badge>
          )}
        </span>
      </div>
      <WebinarWhen {...webinar} />
      {webinar.description && (
        <p className="whitespace-pre-line break-words text-sm text-zinc-700">
          {webinar.description}
        </p>
      )}
      {!webinar.cancelledAt && (
        <p className="text-sm text-zinc-700">
          {webinar.seatsLeft === null
            ? t("seatsUnlimited")
            : t("seatsLeft", { count: webinar.seatsLeft })}
        </p>
      )}
      {open && (
        <div className="flex flex-wrap items-start gap-4">
          <RegisterButton
            webinarId={webinar.id}
            title={webinar.title}
            registered={webinar.registered}
            full={webinar.seatsLeft === 0}
          />
          {webinar.registered && (
            <a
              href={`/api/webinars/${webinar.id}/ics`}
              download
              className="inline-flex min-h-10 items-center text-sm text-brand-700 underline"
            >
              {t("addToCalendar")}
            </a>
          )}
          {webinar.registered && webinar.joinUrl && (
            <a
              href={webinar.joinUrl}
              rel="noopener noreferrer"
              target="_blank"
              className="inline-flex min-h-10 items-center text-sm text-brand-700 underline"
            >
              {t("join")}
            </a>
          )}
        </div>
      )}
      {!webinar.cancelledAt && <QuestionBoard webinarId={webinar.id} open={open} />}
    </article>
  );
}
