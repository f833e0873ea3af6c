import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EnrollmentBadge } from "~/components/partner/enrollment-badge";
import { buttonClass } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";

export default async function PartnerDashboard() {
  const t = await getTranslations("partner.dashboard");
  const caller = await api();
  const [me, programs] = await Promise.all([caller.account.me(), caller.partner.programs.list()]);
  const mine = programs.filter((program) => program.state !== "none");
  const needsTerms = mine.filter((program) => program.state === "needsTerms");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title", { name: me?.name ?? me?.email ?? "" })}
        description={t("description")}
      />
      {needsTerms.map((program) => (
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
          <p className="mt-4 text-sm text-zinc-600">{t("comingSoon")}</p>
        </Card>
      )}
    </div>
  );
}
