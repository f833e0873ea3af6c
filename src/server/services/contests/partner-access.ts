import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { contestEntries, contestResults, contests, enrollments } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { Contest } from "./contest-view";
import { lowestLeague } from "./metric-values";

export type Viewer = { enrollmentId: string; leagueKey: string };

/**
 * A launched, not cancelled contest of one of the caller's programs that they take part in:
 * eligible now, or (once final) on the results. Anything else answers NOT_FOUND, so a partner
 * cannot even learn that another program's contest exists. One round trip.
 */
export async function loadPartnerContest(
  db: Executor,
  userId: string,
  contestId: string,
): Promise<{ contest: Contest; viewer: Viewer }> {
  const [row] = await db
    .select({
      contest: contests,
      enrollmentId: enrollments.id,
      eligible: sql<boolean>`${enrollments.status} = 'approved' and (cardinality(${contests.eligibleTierKeys}) = 0 or ${enrollments.tierKey} = any(${contests.eligibleTierKeys}))`,
      entryLeague: contestEntries.leagueKey,
      resultLeague: contestResults.leagueKey,
    })
    .from(contests)
    .innerJoin(
      enrollments,
      and(eq(enrollments.programId, contests.programId), eq(enrollments.partnerId, userId)),
    )
    .leftJoin(
      contestEntries,
      and(
        eq(contestEntries.contestId, contests.id),
        eq(contestEntries.enrollmentId, enrollments.id),
      ),
    )
    .leftJoin(
      contestResults,
      and(
        eq(contestResults.contestId, contests.id),
        eq(contestResults.enrollmentId, enrollments.id),
      ),
    )
    .where(eq(contests.id, contestId));
  if (!row || !row.contest.launchedAt || row.contest.cancelledAt) throw notFound("contest");
  const onResults = row.resultLeague !== null;
  if (!row.eligible && !onResults) throw notFound("contest");
  const leagueKey =
    row.contest.leagues.length === 0
      ? ""
      : (row.resultLeague ?? row.entryLeague ?? lowestLeague(row.contest.leagues));
  return { contest: row.contest, viewer: { enrollmentId: row.enrollmentId, leagueKey } };
}
