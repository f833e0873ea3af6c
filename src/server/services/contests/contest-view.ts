import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { contests } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { Scope } from "./metric-values";
import { TIE_BREAK_DESCRIPTION_KEYS } from "./rules/standings";
import { utcToday } from "~/lib/dates";
import { contestStatus } from "./status";

export type Contest = typeof contests.$inferSelect;

/** The stated rules shown next to every table, as message keys the portal translates. */
export const TIE_BREAK_KEY = TIE_BREAK_DESCRIPTION_KEYS["first-to-reach"];
export const LATE_REFUND_RULE_KEY = "contests.lateRefundRule";

export async function loadProgramContest(
  db: Executor,
  programId: string,
  contestId: string,
): Promise<Contest> {
  const [contest] = await db
    .select()
    .from(contests)
    .where(and(eq(contests.id, contestId), eq(contests.programId, programId)));
  if (!contest) throw notFound("contest");
  return contest;
}

export function scopeOf(contest: Contest, league?: string | null): Scope {
  return {
    programId: contest.programId,
    metric: contest.metric,
    eligibleTierKeys: contest.eligibleTierKeys,
    contestId: contest.id,
    leagues: contest.leagues,
    league: contest.leagues.length > 0 ? (league ?? null) : null,
  };
}

export function contestView(contest: Contest, today = utcToday()) {
  return {
    id: contest.id,
    programId: contest.programId,
    name: contest.name,
    description: contest.description,
    metric: contest.metric,
    startsOn: contest.startsOn,
    endsOn: contest.endsOn,
    eligibleTierKeys: contest.eligibleTierKeys,
    prizes: contest.prizes,
    milestones: contest.milestones,
    leagues: contest.leagues,
    showAliases: contest.showAliases,
    hideAmounts: contest.hideAmounts,
    status: contestStatus(contest, today),
    tieBreakKey: TIE_BREAK_KEY,
    lateRefundRuleKey: LATE_REFUND_RULE_KEY,
    launchedAt: contest.launchedAt,
    frozenAt: contest.frozenAt,
    cancelledAt: contest.cancelledAt,
    createdAt: contest.createdAt,
  };
}
