import { and, eq, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import {
  contests,
  courses,
  creatives,
  enrollments,
  lessons,
  programs,
  webinarQuestions,
  webinars,
} from "~/server/db/schema";
import { forbidden, notFound } from "~/server/errors";
import type { EnrollmentContext, PartnerContext } from "../context";
import { enrollmentState, type EnrollmentState } from "./enrollment-state";

/**
 * What a partner procedure needs of the caller's enrollment. Each requirement is the set of
 * enrollment states it admits; anything else is refused with the state as the reason.
 */
export const enrollmentRequirements = {
  /**
   * Any enrollment, an application or a rejected one included: accepting new terms, one's own
   * links, payouts and network; contests, which then check eligibility or the results.
   */
  any: ["pending", "active", "needsTerms", "training", "rejected", "suspended"],
  /** A partner now or before: their own figures, rewards and network stay readable. */
  partner: ["active", "needsTerms", "training", "suspended"],
  /** Approved, new terms to accept or not: live events. */
  approved: ["active", "needsTerms"],
  /** Training allowed: the academy is how a partner in training becomes active. */
  learning: ["active", "needsTerms", "training"],
  /** Approved, on the current terms, not suspended: anything that sends traffic or money. */
  active: ["active"],
} as const satisfies Record<string, readonly EnrollmentState[]>;

export type EnrollmentRequirement = keyof typeof enrollmentRequirements;

/**
 * How a request names the program: by its id, or by a thing of the program (a course, a
 * webinar…) whose program is then the one checked. The thing's own visibility (published,
 * archived, audience) stays with the service that loads it.
 */
export const programReferences = {
  program: "programId",
  course: "courseId",
  lesson: "lessonId",
  creative: "creativeId",
  contest: "contestId",
  webinar: "webinarId",
  webinarQuestion: "questionId",
} as const;

export type ProgramReference = keyof typeof programReferences;

/** The program's id itself, or a subquery finding it through the thing named. */
function programIdOf(db: Db, kind: ProgramReference, id: Placeholder): SQL | Placeholder {
  if (kind === "program") return id;
  const lookup = {
    course: () => db.select({ id: courses.programId }).from(courses).where(eq(courses.id, id)),
    lesson: () =>
      db
        .select({ id: courses.programId })
        .from(lessons)
        .innerJoin(courses, eq(courses.id, lessons.courseId))
        .where(eq(lessons.id, id)),
    creative: () =>
      db.select({ id: creatives.programId }).from(creatives).where(eq(creatives.id, id)),
    contest: () => db.select({ id: contests.programId }).from(contests).where(eq(contests.id, id)),
    webinar: () => db.select({ id: webinars.programId }).from(webinars).where(eq(webinars.id, id)),
    webinarQuestion: () =>
      db
        .select({ id: webinars.programId })
        .from(webinarQuestions)
        .innerJoin(webinars, eq(webinars.id, webinarQuestions.webinarId))
        .where(eq(webinarQuestions.id, id)),
  }[kind];
  return sql`(${lookup()})`;
}

function prepare(db: Db, kind: ProgramReference) {
  return db
    .select({ program: programs, enrollment: enrollments })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(
      and(
        eq(enrollments.partnerId, sql.placeholder("userId")),
        eq(enrollments.programId, programIdOf(db, kind, sql.placeholder("id"))),
      ),
    )
    .limit(1)
    .prepare(`rally_resolve_enrollment_by_${kind}`);
}

// Every partner request runs this: built once per pool and kind, and prepared by name, so no
// query building and no planning per request.
const prepared = new WeakMap<Db, Map<ProgramReference, ReturnType<typeof prepare>>>();
function preparedFor(db: Db, kind: ProgramReference) {
  let byKind = prepared.get(db);
  if (!byKind) prepared.set(db, (byKind = new Map()));
  let query = byKind.get(kind);
  if (!query) byKind.set(kind, (query = prepare(db, kind)));
  return query;
}

/**
 * The caller's own enrollment in the program a request names: the one place partner tenancy
 * is decided. The reference only selects among the caller's enrollments, so a program they
 * are not in, or a thing of such a program, answers NOT_FOUND exactly like an unknown id; an
 * enrollment that does not meet the requirement is FORBIDDEN with its state as the reason.
 */
export async function resolveEnrollment(
  db: Db,
  userId: string,
  ref: { kind: ProgramReference; id: string },
  requirement: EnrollmentRequirement,
): Promise<EnrollmentContext> {
  const [row] = await preparedFor(db, ref.kind).execute({ userId, id: ref.id });
  if (!row) throw notFound(ref.kind);
  const state = enrollmentState(row.enrollment, row.program.currentTermsVersion);
  const admitted: readonly EnrollmentState[] = enrollmentRequirements[requirement];
  if (!admitted.includes(state)) throw forbidden(`partnerNot.${state}`);
  return { ...row, state };
}

/**
 * The same resolution for callers outside the procedure ladder (the command line, the seed,
 * tests): a partner context for one program, ready for the partner services.
 */
export async function partnerContext(
  db: Db,
  userId: string,
  programId: string,
  requirement: EnrollmentRequirement = "any",
): Promise<PartnerContext> {
  const access = await resolveEnrollment(
    db,
    userId,
    { kind: "program", id: programId },
    requirement,
  );
  return { db, userId, ...access };
}
