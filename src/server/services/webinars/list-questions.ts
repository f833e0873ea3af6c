import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments, users, webinarQuestions, webinarQuestionVotes } from "~/server/db/schema";
import { offsetOf } from "~/lib/paging";

export const QUESTIONS_PAGE = 20;

/**
 * A webinar's questions, most votes first (then oldest first, so an early question keeps its
 * place in a tie). Managers see hidden ones and who asked; partners see neither, only
 * whether a question is theirs and whether they voted for it.
 */
export async function listQuestions(
  db: Executor,
  input: { webinarId: string; page: number; viewer: { enrollmentId: string } | "manager" },
) {
  const manager = input.viewer === "manager";
  const viewer = input.viewer === "manager" ? null : input.viewer.enrollmentId;
  const where = and(
    eq(webinarQuestions.webinarId, input.webinarId),
    manager ? undefined : isNull(webinarQuestions.hiddenAt),
  );
  const votes = sql<number>`(select count(*)::int from ${webinarQuestionVotes} v where v.question_id = ${webinarQuestions.id})`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: webinarQuestions.id,
        body: webinarQuestions.body,
        createdAt: webinarQuestions.createdAt,
        hidden: sql<boolean>`${webinarQuestions.hiddenAt} is not null`,
        votes,
        enrollmentId: webinarQuestions.enrollmentId,
        voted: viewer
          ? sql<boolean>`exists (select 1 from ${webinarQuestionVotes} v where v.question_id = ${webinarQuestions.id} and v.enrollment_id = ${viewer})`
          : sql<boolean>`false`,
        askedBy: users.email,
      })
      .from(webinarQuestions)
      .innerJoin(enrollments, eq(enrollments.id, webinarQuestions.enrollmentId))
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(where)
      .orderBy(desc(votes), webinarQuestions.createdAt, webinarQuestions.id)
      .limit(QUESTIONS_PAGE)
      .offset(offsetOf(input.page, QUESTIONS_PAGE)),
    db.select({ value: count() }).from(webinarQuestions).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return {
    items: rows.map(({ enrollmentId, askedBy, ...row }) => ({
      ...row,
      mine: viewer !== null && enrollmentId === viewer,
      askedBy: manager ? askedBy : null,
    })),
    page: input.page,
    pageCount: Math.max(1, Math.ceil(totalCount / QUESTIONS_PAGE)),
    total: totalCount,
  };
}
