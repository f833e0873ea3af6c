import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { contestDefaultsToForm } from "~/components/contests/manage/contest-form-values";
import { ContestForm } from "~/components/contests/manage/contest-form";
import { managedProgram } from "~/components/programs/manage/managed-program";

/**
 * A new contest, prefilled to be launched as it is: this month (or next, late in the month),
 * ranked by revenue, with prizes and milestones taken from last period's results.
 */
export default async function NewContestPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const { caller, program } = await managedProgram(slug);
  const [t, tLaunch, format, defaults] = await Promise.all([
    getTranslations("contestsUi.manage"),
    getTranslations("launch.contest"),
    getFormatter(),
    caller.manage.contests.defaults({ programId: program.id }),
  ]);
  const utc = (day: string) => new Date(`${day}T00:00:00Z`);
  const month = format.dateTime(utc(defaults.startsOn), { month: "long", timeZone: "UTC" });
  const day = (d: string) => format.dateTime(utc(d), { dateStyle: "medium", timeZone: "UTC" });
  const initial = contestDefaultsToForm(
    defaults,
    {
      name: tLaunch("name", { month }),
      description: tLaunch("description"),
      prize: (kind) => tLaunch(`prize.${kind}`),
      milestone: (kind) => tLaunch(`milestone.${kind}`),
    },
    program.currency,
  );
  return (
    <div className="space-y-4">
      <Link href={`/manage/${program.slug}/contests`} className="text-sm text-brand-700 underline">
        {t("allContests")}
      </Link>
      <div>
        <h2 className="text-lg font-semibold">{t("newTitle")}</h2>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600" data-testid="contest-defaults-note">
          {defaults.participants > 0
            ? tLaunch("prefilled", {
                from: day(defaults.period.from),
                to: day(defaults.period.to),
                count: defaults.participants,
              })
            : tLaunch("prefilledNoSales", {
                from: day(defaults.period.from),
                to: day(defaults.period.to),
              })}
        </p>
      </div>
      <ContestForm
        programId={program.id}
        slug={program.slug}
        currency={program.currency}
        initial={initial}
      />
    </div>
  );
}
