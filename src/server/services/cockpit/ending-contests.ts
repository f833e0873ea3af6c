import { and, asc, eq, gte, isNotNull, isNull, lt, type SQL } from "drizzle-orm";
import { contests } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { previewContest } from "../contests/preview-contest";
import { addDays, utcToday } from "~/lib/dates";

/** How far ahead "ending soon" (and, on the attention list, "coming up") looks. */
export const AHEAD_DAYS = 7;

/** Launched, neither frozen nor cancelled, last day within AHEAD_DAYS of today. */
export const endingSoon = (today: string): SQL =>
  and(
    gte(contests.endsOn, today),
    lt(contests.endsOn, addDays(today, AHEAD_DAYS)),
    isNotNull(contests.launchedAt),
    isNull(contests.frozenAt),
    isNull(contests.cancelledAt),
  )!;

/** At most this many contests are listed (and previewed) on the cockpit. */
const LISTED = 5;

export type EndingContest = {
  id: string;
  name: string;
  endsOn: string;
  /** Milestones nobody reached and prized ranks nobody held in the comparable period. */
  unreachableMilestones: number;
  unfilledRanks: number;
  warning: boolean;
};

/**
 * Launched contests whose last day falls within the week, with the fairness warning the
 * contest form's preview gives (services/contests/preview-contest, the same reading of the
 * rollups): a target nobody reached in the comparable period, or a prize nobody would have
 * won. Cheap: a handful of contests, each one read of the running totals.
 */
export async function endingContests(
  ctx: ProgramContext,
  today: string = utcToday(),
): Promise<EndingContest[]> {
  const rows = await ctx.db
    .select()
    .from(contests)
    .where(and(eq(contests.programId, ctx.program.id), endingSoon(today)))
    .orderBy(asc(contests.endsOn), asc(contests.id))
    .limit(LISTED);
  return Promise.all(
    rows.map(async (contest) => {
      const preview = await previewContest(
        ctx,
        {
          metric: contest.metric,
          startsOn: contest.startsOn,
          endsOn: contest.endsOn,
          eligibleTierKeys: contest.eligibleTierKeys,
          prizes: contest.prizes,
          milestones: contest.milestones.map((m) => ({ threshold: m.threshold, label: m.label })),
        },
        today,
      );
      const unreachableMilestones = preview.milestones.filter(
        (m) => m.warning === "unreachable",
      ).length;
      const unfilledRanks = preview.prizes
        .flatMap((prize) => prize.ranks)
        .filter((rank) => rank.required === null).length;
      return {
        id: contest.id,
        name: contest.name,
        endsOn: contest.endsOn,
        unreachableMilestones,
        unfilledRanks,
        warning: unreachableMilestones > 0 || unfilledRanks > 0,
      };
    }),
  );
}
