import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { CourseStatusBadge } from "~/components/academy/manage/course-status-badge";
import { managedProgram } from "~/components/programs/manage/managed-program";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Cell, Table } from "~/components/ui/table";

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function ManageAcademyPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await props.params;
  const page = pageSchema.parse((await props.searchParams).page ?? 1);
  const { caller, program } = await managedProgram(slug);
  const t = await getTranslations("academyUi.manage.list");
  const result = await caller.manage.academy.listCourses({ programId: program.id, page });
  const base = `/manage/${program.slug}/academy`;
  const newCourse = (
    <Link href={`${base}/new`} className={buttonClass()}>
      {t("new")}
    </Link>
  );

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="mt-1 text-sm text-zinc-600">{t("description")}</p>
        </div>
        {result.total > 0 && newCourse}
      </div>
      {result.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} action={newCourse} />
      ) : (
        <Table
          caption={t("caption")}
          headers={[
            { label: t("course") },
            { label: t("status") },
            { label: t("lessons"), align: "right" },
            { label: t("started"), align: "right" },
            { label: t("completed"), align: "right" },
          ]}
        >
          {result.items.map((course) => (
            <tr key={course.id} data-testid="course-row">
              <Cell>
                <Link
                  href={`${base}/${course.id}`}
                  className="font-medium text-brand-700 underline"
                >
                  {course.title}
                </Link>
                {course.requiredForActivation && (
                  <div className="text-xs text-zinc-600">{t("required")}</div>
                )}
              </Cell>
              <Cell>
                <CourseStatusBadge status={course.status} />
              </Cell>
              <Cell numeric>{course.lessonCount}</Cell>
              <Cell numeric>{course.startedCount}</Cell>
              <Cell numeric>{course.completedCount}</Cell>
            </tr>
          ))}
        </Table>
      )}
      {result.pages > 1 && (
        <PageNav
          label={t("pagination")}
          summary={t("pageOf", { page, pages: result.pages })}
          previous={page > 1 ? { href: `${base}?page=${page - 1}`, label: t("previous") } : null}
          next={page < result.pages ? { href: `${base}?page=${page + 1}`, label: t("next") } : null}
        />
      )}
    </div>
  );
}
