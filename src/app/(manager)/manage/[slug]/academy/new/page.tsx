import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CourseForm } from "~/components/academy/manage/course-form";
import { programBadges } from "~/components/academy/manage/program-badges";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { Card } from "~/components/ui/card";

export default async function NewCoursePage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("academyUi.manage");
  const badges = await programBadges(caller, program.id);
  return (
    <div className="space-y-4">
      <Link href={`/manage/${program.slug}/academy`} className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("form.newTitle")}</h2>
        <CourseForm programId={program.id} slug={program.slug} badges={badges} />
      </Card>
    </div>
  );
}
