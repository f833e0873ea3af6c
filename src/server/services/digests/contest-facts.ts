import { and, eq, gte, isNotNull, isNull, lte } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { contests } from "~/server/db/schema";
import { scopeOf } from "../contests/contest-view";
import { lowestLeague } from "../contests/metric-values";
import { gapToNextRank, milestoneProgress } from "../contests/rules/gaps";
import { computeStandings, type RankedEntry } from "../contests/standings";
import { utcToday } from "~/lib/dates";
import { liveWindow } from "../contests/status";
import type { ContestFact } from "./digest-content";

export type ContestFacts = {
  eligibleTierKeys: string[];
  /** The partner's place: cheap, the standings were computed once for the whole program. */
  factFor: (enrollmentId: string) => ContestFact;
};

const MONEY_METRICS = new Set(["revenue"]);

/**
 * Every running contest of a program with its live standings, ranked once (the same ranking
 * the partner's contest page shows, every tie resolved) so each partner's rank, gap to the
 * next place and next milestone is a lookup.
 */
export async function contestStandingsFacts(
  db: Executor,
  programId: string,
  now: Date,
): Promise<ContestFacts[]> {
  const today = utcToday(now);
  const running = await db
    .select()
    .from(contests)
    .where(
      and(
        eq(contests.programId, programId),
        isNotNull(contests.launchedAt),
        isNull(contests.cancelledAt),
        isNull(contests.frozenAt),
        lte(contests.startsOn, today),
        gte(contests.endsOn, today),
      ),
    );
  return Promise.all(
    running.map(async (contest) => {
      const window = liveWindow(contest, today);
      const standings = window
        ? await computeStandings(db, scopeOf(contest, null), window, { all: true })
        : [];
      const byLeague = new Map<string, RankedEntry[]>();
      const mine = new Map<string, RankedEntry>();
      for (const s of standings) {
        const list = byLeague.get(s.leagueKey) ?? [];
        list.push(s);
        byLeague.set(s.leagueKey, list);
        mine.set(s.enrollmentId, s);
      }
      const thresholds = contest.milestones.map((m) => BigInt(m.threshold));
      // Partners not on the table yet are compared with the league newcomers join.
      const defaultLeague = contest.leagues.length > 0 ? lowestLeague(contest.leagues) : "";
      return {
        eligibleTierKeys: contest.eligibleTierKeys,
        factFor(enrollmentId: string): ContestFact {
          const entry = mine.get(enrollmentId);
          const value = entry?.value ?? 0n;
          const league = byLeague.get(entry?.leagueKey ?? defaultLeague) ?? [];
          const gap = gapToNextRank(league, enrollmentId, value);
          const progress = milestoneProgress(value, thresholds);
          const next =
            progress.next === null
              ? null
              : contest.milestones[thresholds.indexOf(progress.next)]?.label;
          return {
            name: contest.name,
            endsOn: contest.endsOn,
            rank: gap.rank,
            ranked: league.length,
            gapToNextRank: gap.gap,
            nextMilestone:
              next !== undefined && next !== null && progress.remaining !== null
                ? { label: next, remaining: progress.remaining }
                : null,
            money: MONEY_METRICS.has(contest.metric),
          };
        },
      };
    }),
  );
}
