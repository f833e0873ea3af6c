import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { emptyContestForm } from "~/components/contests/manage/contest-form-values";
import { ContestForm } from "~/components/contests/manage/contest-form";
import { managedProgram } from "~/components/programs/manage/managed-program";

export default async function NewContestPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const { program } = await managedProgram(slug);
  const t = await getTranslations("contestsUi.manage");
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="space-y-4">
      <Link href={`/manage/${program.slug}/contests`} className="text-sm text-brand-700 underline">
        {t("allContests")}
      </Link>
      <h2 className="text-lg font-semibold">{t("newTitle")}</h2>
      <ContestForm
        programId={program.id}
        slug={program.slug}
        currency={program.currency}
        initial={emptyContestForm(today)}
      />
    </div>
  );
}
