import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { WeeklyGoalCard } from "~/components/goals/partner/weekly-goal-card";
import { Dashboard } from "~/components/stats/partner/dashboard";
import { HomeHero } from "~/components/stats/partner/home-hero";
import { ProgramSwitcher } from "~/components/stats/partner/program-switcher";
import {
  BREAKDOWN_PAGE_SIZE,
  DEFAULT_RANGE,
  type InitialDashboard,
} from "~/components/stats/partner/types";
import { EngagementPanels } from "~/components/stats/partner/engagement-panels";
import { EnrollmentBadge } from "~/components/programs/partner/enrollment-badge";
import { buttonClass } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";

type Caller = Awaited<ReturnType<typeof api>>;

/** Partners who are or were approved have figures; applicants do not yet. */
const WITH_FIGURES = new Set(["active", "needsTerms", "suspended"]);

/** The first paint's data, for the default range: the page is complete before any script runs. */
async function loadInitial(caller: Caller, programId: string): Promise<InitialDashboard> {
  const input = { programId, range: DEFAULT_RANGE };
  const page = { ...input, page: 1, pageSize: BREAKDOWN_PAGE_SIZE };
  const [summary, series, byLink, bySubId, recent] = await Promise.all([
    caller.partner.dashboard.summary(input),
    caller.partner.dashboard.series(input),
    caller.partner.dashboard.byLink(page),
    caller.partner.dashboard.bySubId(page),
    caller.partner.dashboard.recent({ programId }),
  ]);
  return { summary, series, byLink, bySubId, recent };
}

/**
 * The partner's home: first "how am I doing and what next?" (HomeHero), then the trends and
 * breakdowns of the live dashboard, then webinars and training, then their programs.
 */
export default async function PartnerHome(props: {
  searchParams: Promise<{ program?: string | string[] }>;
}) {
  const t = await getTranslations("partner.dashboard");
  const tHome = await getTranslations("partnerHome");
  const tDashboard = await getTranslations("dashboard");
  const caller = await api();
  const [me, programs, { program: wanted }] = await Promise.all([
    caller.account.me(),
    caller.partner.programs.list(),
    props.searchParams,
  ]);
  const mine = programs.filter((program) => program.state !== "none");
  const needsTerms = mine.filter((program) => program.state === "needsTerms");
  const withFigures = mine.filter((program) => WITH_FIGURES.has(program.state));
  const selected = withFigures.find((program) => program.slug === wanted) ?? withFigures[0];
  const [initial, home, goal] = selected
    ? await Promise.all([
        loadInitial(caller, selected.id),
        caller.partner.dashboard.home({ programId: selected.id }),
        caller.partner.goals.get({ programId: selected.id }),
      ])
    : [null, null, null];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title", { name: me?.name ?? me?.email ?? "" })}
        description={
          selected ? tDashboard("description", { program: selected.name }) : t("description")
        }
        actions={
          withFigures.length > 1 &&
          selected && <ProgramSwitcher programs={withFigures} selected={selected.slug} />
        }
      />
      {needsTerms
        .filter((program) => program.id !== selected?.id)
        .map((program) => (
          <p
            key={program.id}
            role="status"
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          >
            {t("termsChanged", { program: program.name })}{" "}
            <Link href={`/portal/programs/${program.slug}`} className="font-medium underline">
              {t("reviewTerms")}
            </Link>
          </p>
        ))}
      {selected && initial && home && goal && (
        <>
          <HomeHero
            programId={selected.id}
            slug={selected.slug}
            initial={home}
            goal={
              <WeeklyGoalCard
                key={selected.id}
                programId={selected.id}
                currency={selected.currency}
                initial={goal}
              />
            }
          />
          {!home.hasClicks && (
            <EmptyState
              title={tHome("noClicksTitle")}
              body={tHome("noClicksBody")}
              action={
                <Link href={`/portal/programs/${selected.slug}/links`} className={buttonClass()}>
                  {tHome("next.shareFirstLinkAction")}
                </Link>
              }
            />
          )}
          <Dashboard
            key={selected.id}
            programId={selected.id}
            currency={selected.currency}
            initial={initial}
          />
          <EngagementPanels panels={home.panels} />
        </>
      )}
      {mine.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          body={t("emptyBody")}
          action={
            <Link href="/portal/programs" className={buttonClass()}>
              {t("browsePrograms")}
            </Link>
          }
        />
      ) : (
        <Card>
          <h2 className="mb-3 font-semibold">{t("myPrograms")}</h2>
          <ul className="divide-y divide-zinc-100">
            {mine.map((program) => (
              <li
                key={program.id}
                className="flex items-center justify-between gap-3 py-3"
                data-testid="my-program"
              >
                <Link
                  href={`/portal/programs/${program.slug}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {program.name}
                </Link>
                <EnrollmentBadge state={program.state} />
              </li>
            ))}
          </ul>
          {!selected && <p className="mt-4 text-sm text-zinc-600">{t("comingSoon")}</p>}
        </Card>
      )}
    </div>
  );
}
