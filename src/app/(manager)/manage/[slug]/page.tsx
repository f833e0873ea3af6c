import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AttentionCard } from "~/components/cockpit/manage/attention-card";
import { CockpitKpis } from "~/components/cockpit/manage/cockpit-kpis";
import { GettingStarted } from "~/components/cockpit/manage/getting-started";
import { MoversCard } from "~/components/cockpit/manage/movers-card";
import { RevenueSparkline } from "~/components/cockpit/manage/revenue-sparkline";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

/** The program's cockpit: this month's figures, what needs the manager, who moved, the trend. */
export default async function ProgramOverview(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const { caller, program } = await managedProgram(slug);
  const [t, tSettings, format] = await Promise.all([
    getTranslations("cockpit"),
    getTranslations("manager.overview"),
    getFormatter(),
  ]);
  const [cockpit, details] = await Promise.all([
    caller.manage.cockpit.get({ programId: program.id }),
    caller.manage.programs.get({ programId: program.id }),
  ]);
  const base = `/manage/${program.slug}`;
  const day = (d: string) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), {
      day: "numeric",
      month: "short",
      timeZone: "UTC",
    });
  const { current, previous } = cockpit.span;

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="text-sm text-zinc-600" data-testid="cockpit-span">
            {t("span", {
              from: day(current.from),
              to: day(current.to),
              previousFrom: day(previous.from),
              previousTo: day(previous.to),
            })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`${base}/contests/new`} className={buttonClass()} data-testid="new-contest">
            {t("newContest")}
          </Link>
          {/* A page of its own with a prefilled form (webinars/new); no query parameter. */}
          <Link href={`${base}/webinars/new`} className={buttonClass()} data-testid="new-webinar">
            {t("newWebinar")}
          </Link>
        </div>
      </div>

      {cockpit.isNew ? (
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <GettingStarted slug={program.slug} setup={cockpit.setup} />
          </div>
          <AttentionCard
            slug={program.slug}
            items={cockpit.attention}
            contests={cockpit.endingContests}
          />
        </div>
      ) : (
        <>
          <section aria-label={t("kpis.title")}>
            <CockpitKpis kpis={cockpit.kpis} currency={cockpit.currency} />
          </section>
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="space-y-6 lg:col-span-2">
              <RevenueSparkline
                slug={program.slug}
                currency={cockpit.currency}
                trend={cockpit.trend}
              />
              <MoversCard slug={program.slug} currency={cockpit.currency} movers={cockpit.movers} />
            </div>
            <AttentionCard
              slug={program.slug}
              items={cockpit.attention}
              contests={cockpit.endingContests}
            />
          </div>
        </>
      )}

      <Card className="p-4">
        <h2 className="text-sm font-semibold text-zinc-700">{tSettings("settings")}</h2>
        <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-xs sm:grid-cols-4">
          <div>
            <dt className="text-zinc-600">{tSettings("currency")}</dt>
            <dd>{details.currency}</dd>
          </div>
          <div>
            <dt className="text-zinc-600">{tSettings("approvalMode")}</dt>
            <dd>{details.approvalMode === "auto" ? tSettings("auto") : tSettings("manual")}</dd>
          </div>
          <div>
            <dt className="text-zinc-600">{tSettings("cookieWindow")}</dt>
            <dd>{tSettings("days", { count: details.cookieWindowDays })}</dd>
          </div>
          <div>
            <dt className="text-zinc-600">{tSettings("termsVersion")}</dt>
            <dd>{details.currentTermsVersion}</dd>
          </div>
        </dl>
        <Link
          href={`${base}/settings`}
          className="mt-2 inline-block text-xs text-brand-700 underline"
        >
          {t("editSettings")}
        </Link>
      </Card>
    </div>
  );
}
