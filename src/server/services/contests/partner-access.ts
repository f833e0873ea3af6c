import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { contestEntries, contestResults, contests } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { EnrollmentContext } from "../context";
import type { Contest } from "./contest-view";
import { lowestLeague } from "./metric-values";

export type Viewer = { enrollmentId: string; leagueKey: string };

/**
 * A launched, not cancelled contest of the program whose enrollment the procedure resolved,
 * that the partner takes part in: eligible now (approved, in an eligible tier), or (once
 * final) on the results. Anything else answers NOT_FOUND, so a partner cannot even learn that
 * a contest they are not in exists. One round trip.
 */
export async function loadPartnerContest(
  db: Executor,
  access: EnrollmentContext,
  contestId: string,
): Promise<{ contest: Contest; viewer: Viewer }> {
  const enrollmentId = access.enrollment.id;
  const [row] = await db
    .select({
      contest: contests,
      entryLeague: contestEntries.leagueKey,
      resultLeague: contestResults.leagueKey,
    })
    .from(contests)
    .leftJoin(
      contestEntries,
      and(eq(contestEntries.contestId, contests.id), eq(contestEntries.enrollmentId, enrollmentId)),
    )
    .leftJoin(
      contestResults,
      and(eq(contestResults.contestId, contests.id), eq(contestResults.enrollmentId, enrollmentId)),
    )
    .where(and(eq(contests.id, contestId), eq(contests.programId, access.program.id)));
  if (!row || !row.contest.launchedAt || row.contest.cancelledAt) throw notFound("contest");
  const { status, tierKey } = access.enrollment;
  const tiers = row.contest.eligibleTierKeys;
  const eligible =
    status === "approved" && (tiers.length === 0 || (tierKey !== null && tiers.includes(tierKey)));
  const onResults = row.resultLeague !== null;
  if (!eligible && !onResults) throw notFound("contest");
  const leagueKey =
    row.contest.leagues.length === 0
      ? ""
      : (row.resultLeague ?? row.entryLeague ?? lowestLeague(row.contest.leagues));
  return { contest: row.contest, viewer: { enrollmentId, leagueKey } };
}
