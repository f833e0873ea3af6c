import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { Card } from "~/components/ui/card";

export default async function ProgramOverview(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("manager.overview");
  const details = await caller.manage.programs.get({ programId: program.id });
  const stats = [
    { label: t("approved"), value: program.approved },
    { label: t("pending"), value: program.pending },
  ];
  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stats.map((stat) => (
          <Card key={stat.label}>
            <p className="text-sm text-zinc-600">{stat.label}</p>
            <p className="mt-1 text-3xl font-bold">{stat.value}</p>
          </Card>
        ))}
      </div>
      {program.pending > 0 && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("pendingNotice", { count: program.pending })}{" "}
          <Link
            href={`/manage/${program.slug}/partners?status=applied`}
            className="font-medium underline"
          >
            {t("reviewNow")}
          </Link>
        </p>
      )}
      <Card>
        <h2 className="font-semibold">{t("settings")}</h2>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-zinc-600">{t("currency")}</dt>
            <dd>{details.currency}</dd>
          </div>
          <div>
            <dt className="text-zinc-600">{t("approvalMode")}</dt>
            <dd>{details.approvalMode === "auto" ? t("auto") : t("manual")}</dd>
          </div>
          <div>
            <dt className="text-zinc-600">{t("cookieWindow")}</dt>
            <dd>{t("days", { count: details.cookieWindowDays })}</dd>
          </div>
          <div>
            <dt className="text-zinc-600">{t("termsVersion")}</dt>
            <dd>{details.currentTermsVersion}</dd>
          </div>
        </dl>
      </Card>
    </div>
  );
}
