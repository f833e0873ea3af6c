import { listPartnerCourses } from "~/server/services/academy/list-partner-courses";
import type { PartnerContext } from "~/server/services/context";
import { getPartnerContest } from "~/server/services/contests/partner-contest";
import { listPartnerContests } from "~/server/services/contests/partner-contests";
import { rewardsSummary } from "~/server/services/gamification/rewards-summary";
import { listPartnerWebinars } from "~/server/services/webinars/list-partner-webinars";

/** Contests shown on the dashboard: the ones ending soonest; the contests page has the rest. */
const CONTESTS_SHOWN = 2;
/** Enough courses for any real academy; the academy page paginates beyond. */
const COURSES_READ = 50;

/**
 * The dashboard's engagement panels for one program: running contests with the partner's rank
 * and the way to the next milestone, the next webinar, training progress, tier and badges.
 * Each part comes from the same service its own page uses, so the two never disagree; the
 * procedure resolved the partner's own enrollment first.
 */
export async function dashboardPanels(ctx: PartnerContext) {
  const programId = ctx.program.id;
  const [contests, webinars, courses, rewards] = await Promise.all([
    runningContests(ctx, programId),
    listPartnerWebinars(ctx, { view: "upcoming", page: 1, programId }),
    listPartnerCourses(ctx, { programId, page: 1, pageSize: COURSES_READ }),
    rewardsSummary(ctx.db, ctx.enrollment.id),
  ]);
  const nextWebinar = webinars.items.find((webinar) => webinar.open) ?? null;
  const unfinished = courses.items.filter((course) => !course.progress.completedAt);
  return {
    currency: ctx.program.currency,
    contests,
    nextWebinar: nextWebinar && {
      id: nextWebinar.id,
      title: nextWebinar.title,
      startsAt: nextWebinar.startsAt,
      timeZone: nextWebinar.timeZone,
      registered: nextWebinar.registered,
    },
    training: {
      completed: courses.items.length - unfinished.length,
      total: courses.total,
      next: unfinished[0]
        ? {
            id: unfinished[0].id,
            title: unfinished[0].title,
            required: unfinished[0].required,
            completedLessons: unfinished[0].progress.completedLessons,
            totalLessons: unfinished[0].progress.totalLessons,
            resumeLessonId: unfinished[0].progress.resumeLessonId,
          }
        : null,
    },
    rewards,
  };
}

async function runningContests(ctx: PartnerContext, programId: string) {
  const { items } = await listPartnerContests(ctx, { page: 1 });
  const running = items
    .filter((item) => item.contest.programId === programId && item.contest.status === "running")
    .slice(0, CONTESTS_SHOWN);
  return Promise.all(
    running.map(async ({ contest }) => {
      const view = await getPartnerContest(ctx, { contestId: contest.id });
      return {
        id: contest.id,
        name: contest.name,
        metric: contest.metric,
        endsOn: contest.endsOn,
        rank: view.me.rank,
        totalRanked: view.totalRanked,
        /** How far behind the rank above; null at the top or where the contest hides amounts. */
        gapToNext: view.me.gapToNext,
        prizeLabel: view.me.prizeLabel,
        value: view.me.value,
        nextMilestone: view.me.nextMilestone,
      };
    }),
  );
}

export type DashboardPanels = Awaited<ReturnType<typeof dashboardPanels>>;
