import { getFormatter, getTranslations } from "next-intl/server";
import type { api } from "~/server/api/server-caller";
import { EmptyState } from "~/components/ui/card";
import { PageNav } from "~/components/ui/page-nav";
import { Cell, Table } from "~/components/ui/table";
import { ProgressBar } from "~/components/academy/progress-bar";

type Caller = Awaited<ReturnType<typeof api>>;

/** Who started the course and how far they got, a page at a time. */
export async function CourseProgressTable(props: {
  caller: Caller;
  programId: string;
  courseId: string;
  page: number;
  base: string;
  lessonCount: number;
}) {
  const t = await getTranslations("academyUi.manage.progress");
  const format = await getFormatter();
  const result = await props.caller.manage.academy.courseProgress({
    programId: props.programId,
    courseId: props.courseId,
    page: props.page,
  });
  return (
    <section aria-labelledby="course-progress" className="space-y-3">
      <h3 id="course-progress" className="font-semibold">
        {t("title")}
      </h3>
      {result.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <Table
          caption={t("caption")}
          headers={[
            { label: t("partner") },
            { label: t("lessons") },
            { label: t("started") },
            { label: t("completed") },
          ]}
        >
          {result.items.map((row) => (
            <tr key={row.enrollmentId}>
              <Cell>
                <div className="font-medium">{row.name ?? row.email}</div>
                {row.name && <div className="text-xs text-zinc-600">{row.email}</div>}
              </Cell>
              <Cell className="min-w-40">
                <ProgressBar
                  done={row.completedLessons}
                  total={props.lessonCount}
                  label={t("lessonsOf", { done: row.completedLessons, total: props.lessonCount })}
                />
              </Cell>
              <Cell className="whitespace-nowrap">
                {format.dateTime(row.startedAt, { dateStyle: "medium" })}
              </Cell>
              <Cell className="whitespace-nowrap">
                {row.completedAt ? format.dateTime(row.completedAt, { dateStyle: "medium" }) : "—"}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {result.pages > 1 && (
        <PageNav
          label={t("pagination")}
          summary={t("pageOf", { page: props.page, pages: result.pages })}
          previous={
            props.page > 1
              ? { href: `${props.base}?page=${props.page - 1}`, label: t("previous") }
              : null
          }
          next={
            props.page < result.pages
              ? { href: `${props.base}?page=${props.page + 1}`, label: t("next") }
              : null
          }
        />
      )}
    </section>
  );
}
