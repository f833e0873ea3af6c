import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { ProgressBar } from "~/components/academy/progress-bar";
import { Card } from "~/components/ui/card";
import type { DashboardPanels } from "~/server/services/engagement/dashboard-panels";

/**
 * The panels under the dashboard's figures: the next webinar and training. (Contests and the
 * tier are on the home's first screen, HomeHero.) Rendered on the server: no script added.
 */
export async function EngagementPanels({ panels }: { panels: DashboardPanels }) {
  const t = await getTranslations("engagementPanels");
  return (
    <section aria-labelledby="engagement-title" className="space-y-3">
      <h2 id="engagement-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <WebinarPanel panels={panels} />
        <TrainingPanel panels={panels} />
      </div>
    </section>
  );
}

function Panel(props: { title: string; href: string; linkLabel: string; children: ReactNode }) {
  return (
    <Card>
      <div className="flex h-full flex-col gap-2">
        <h3 className="text-sm font-medium text-zinc-600">{props.title}</h3>
        <div className="flex-1 space-y-2 text-sm text-zinc-800">{props.children}</div>
        <Link href={props.href} className="text-sm font-medium text-brand-700 underline">
          {props.linkLabel}
        </Link>
      </div>
    </Card>
  );
}

async function WebinarPanel({ panels }: { panels: DashboardPanels }) {
  const t = await getTranslations("engagementPanels.webinar");
  const format = await getFormatter();
  const webinar = panels.nextWebinar;
  return (
    <Panel title={t("title")} href="/portal/webinars" linkLabel={t("link")}>
      {webinar ? (
        <>
          <p className="font-medium">{webinar.title}</p>
          <p>
            {format.dateTime(webinar.startsAt, {
              dateStyle: "medium",
              timeStyle: "short",
              timeZone: webinar.timeZone,
            })}{" "}
            <span className="text-zinc-600">({webinar.timeZone})</span>
          </p>
          <p className={webinar.registered ? "text-green-800" : "text-zinc-600"}>
            {webinar.registered ? t("registered") : t("notRegistered")}
          </p>
        </>
      ) : (
        <p className="text-zinc-600">{t("none")}</p>
      )}
    </Panel>
  );
}

async function TrainingPanel({ panels }: { panels: DashboardPanels }) {
  const t = await getTranslations("engagementPanels.training");
  const { training } = panels;
  const next = training.next;
  return (
    <Panel
      title={t("title")}
      href={next ? `/portal/academy/${next.id}` : "/portal/academy"}
      linkLabel={next ? t("resume") : t("link")}
    >
      <p>{t("courses", { done: training.completed, total: training.total })}</p>
      {next && (
        <>
          <p className="font-medium">
            {next.title}
            {next.required && <span className="ml-2 text-amber-800">{t("required")}</span>}
          </p>
          <ProgressBar
            done={next.completedLessons}
            total={next.totalLessons}
            label={t("lessons", { done: next.completedLessons, total: next.totalLessons })}
          />
        </>
      )}
      {training.total === 0 && <p className="text-zinc-600">{t("none")}</p>}
    </Panel>
  );
}
