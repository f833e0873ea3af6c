import { HOUR_MS } from "~/lib/dates";
import type { EnrollmentState } from "../enrollments/enrollment-state";

/** A webinar this close and not registered for is worth a nudge; later ones can wait. */
export const WEBINAR_NUDGE_HOURS = 48;
/** A contest milestone is "within reach" from this share of the way (basis points). */
export const MILESTONE_REACH_BPS = 5_000;

export type NextActionFacts = {
  state: EnrollmentState;
  /** The first unfinished course; `required` when it gates the partnership or the next tier. */
  course: { id: string; title: string; required: boolean; gatesTier: string | null } | null;
  webinar: { id: string; title: string; startsAt: Date; registered: boolean } | null;
  /** The running contest's milestone closest to reached, if any. */
  milestone: {
    contestId: string;
    contestName: string;
    label: string;
    remaining: bigint;
    progressBps: number;
  } | null;
  payout: { eligible: boolean; available: bigint };
  newCreatives: number;
  hasClicks: boolean;
  now: Date;
};

export type NextAction =
  | { kind: "acceptTerms" }
  | { kind: "finishCourse"; courseId: string; title: string; tier: string | null }
  | { kind: "registerWebinar"; webinarId: string; title: string; startsAt: Date }
  | { kind: "requestPayout"; amount: bigint }
  | {
      kind: "reachMilestone";
      contestId: string;
      contestName: string;
      label: string;
      remaining: bigint;
    }
  | { kind: "shareFirstLink" }
  | { kind: "newCreatives"; count: number }
  | { kind: "shareLink" };

/**
 * The one thing the partner's home suggests doing next. The order is the rule: first what
 * blocks earning (terms, a required course), then what expires soon (a webinar tomorrow),
 * then money waiting, a prize within reach, the way to the next tier, and only then the
 * evergreen suggestions. Always answers something: a home without a next step is a dead end.
 */
export function chooseNextAction(facts: NextActionFacts): NextAction {
  if (facts.state === "needsTerms") return { kind: "acceptTerms" };
  const course = facts.course;
  if (facts.state === "training" && course) return finishCourse(course);
  const webinar = facts.webinar;
  if (
    webinar &&
    !webinar.registered &&
    webinar.startsAt.getTime() > facts.now.getTime() &&
    webinar.startsAt.getTime() - facts.now.getTime() <= WEBINAR_NUDGE_HOURS * HOUR_MS
  ) {
    return {
      kind: "registerWebinar",
      webinarId: webinar.id,
      title: webinar.title,
      startsAt: webinar.startsAt,
    };
  }
  if (facts.payout.eligible) return { kind: "requestPayout", amount: facts.payout.available };
  const milestone = facts.milestone;
  if (milestone && milestone.progressBps >= MILESTONE_REACH_BPS) {
    return {
      kind: "reachMilestone",
      contestId: milestone.contestId,
      contestName: milestone.contestName,
      label: milestone.label,
      remaining: milestone.remaining,
    };
  }
  if (course?.gatesTier) return finishCourse(course);
  if (!facts.hasClicks) return { kind: "shareFirstLink" };
  if (facts.newCreatives > 0) return { kind: "newCreatives", count: facts.newCreatives };
  return { kind: "shareLink" };
}

const finishCourse = (course: NonNullable<NextActionFacts["course"]>): NextAction => ({
  kind: "finishCourse",
  courseId: course.id,
  title: course.title,
  tier: course.gatesTier,
});
