import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EnrollmentBadge } from "~/components/programs/partner/enrollment-badge";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api/server-caller";

export default async function ProgramsPage() {
  const t = await getTranslations("partner.programs");
  const programs = await (await api()).partner.programs.list();
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      {programs.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {programs.map((program) => (
            <li
              key={program.id}
              className="flex flex-col rounded-lg border border-zinc-200 bg-white p-5 shadow-sm"
            >
              <div className="flex items-start justify-between gap-3">
                <h2 className="text-lg font-semibold">
                  <Link href={`/portal/programs/${program.slug}`} className="hover:underline">
                    {program.name}
                  </Link>
                </h2>
                <EnrollmentBadge state={program.state} />
              </div>
              <p className="mt-2 line-clamp-3 flex-1 text-sm text-zinc-600">
                {program.description}
              </p>
              <p className="mt-3 text-xs text-zinc-500">
                {t("facts", { currency: program.currency, days: program.cookieWindowDays })} ·{" "}
                {program.approvalMode === "auto" ? t("autoApproval") : t("manualApproval")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
