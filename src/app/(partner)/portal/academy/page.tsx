import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { CourseCard, type CatalogueCourse } from "~/components/academy/partner/course-card";
import { buttonClass } from "~/components/ui/button";
import { EmptyState, PageHeader } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { api } from "~/server/api/server-caller";

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The academy catalogue: the published courses of every program the partner works with. */
export default async function AcademyPage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const page = pageSchema.parse((await props.searchParams).page ?? 1);
  const t = await getTranslations("academyUi.catalogue");
  const result = await (await api()).partner.academy.listCourses({ page });
  // Courses arrive ordered by program: group them under one heading per program.
  const groups = new Map<string, { name: string; courses: CatalogueCourse[] }>();
  for (const course of result.items) {
    const group = groups.get(course.program.id) ?? { name: course.program.name, courses: [] };
    group.courses.push(course);
    groups.set(course.program.id, group);
  }

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {result.items.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          body={t("emptyBody")}
          action={
            <Link href="/portal/programs" className={buttonClass()}>
              {t("browse")}
            </Link>
          }
        />
      ) : (
        [...groups.entries()].map(([programId, group]) => (
          <section key={programId} aria-labelledby={`academy-${programId}`} className="space-y-3">
            <h2 id={`academy-${programId}`} className="text-lg font-semibold">
              {group.name}
            </h2>
            <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
              {group.courses.map((course) => (
                <li key={course.id}>
                  <CourseCard course={course} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {result.pages > 1 && (
        <PageNav
          label={t("pagination")}
          summary={t("pageOf", { page, pages: result.pages })}
          previous={
            page > 1 ? { href: `/portal/academy?page=${page - 1}`, label: t("previous") } : null
          }
          next={
            page < result.pages
              ? { href: `/portal/academy?page=${page + 1}`, label: t("next") }
              : null
          }
        />
      )}
    </div>
  );
}
