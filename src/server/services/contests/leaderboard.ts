import { and, asc, count, eq } from "drizzle-orm";
import { contestResults } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { contestView, loadProgramContest, scopeOf, type Contest } from "./contest-view";
import { refreshLateRefunds } from "./late-refunds";
import { partnerNames } from "./names";
import { prizeForRank } from "./prize-for-rank";
import { computeStandings } from "./standings";
import { utcToday } from "~/lib/dates";
import { liveWindow } from "./status";
import { offsetOf } from "~/lib/paging";

export const LEADERBOARD_PAGE_SIZE = 50;

type Input = { contestId: string; league?: string; page: number };

/**
 * A manager's full table: real names and every value. While the contest runs it is computed
 * from the rollups; once frozen it is the stored results, with the late refunds brought up to date.
 */
export async function contestLeaderboard(ctx: ProgramContext, input: Input, today = utcToday()) {
  const contest = await loadProgramContest(ctx.db, ctx.program.id, input.contestId);
  const view = contestView(contest, today);
  const league = contest.leagues.length > 0 ? (input.league ?? contest.leagues[0]!.key) : "";
  const base = { contest: view, league, page: input.page, pageSize: LEADERBOARD_PAGE_SIZE };
  if (contest.frozenAt) return { ...base, ...(await frozenPage(ctx, contest, league, input.page)) };
  const window =
    view.status === "draft" || view.status === "cancelled" ? null : liveWindow(contest, today);
  if (!window) return { ...base, entries: [], total: 0, pages: 1, updatedAt: new Date() };
  const standings = await computeStandings(ctx.db, scopeOf(contest, league || null), window, {
    all: true,
  });
  const start = offsetOf(input.page, LEADERBOARD_PAGE_SIZE);
  const slice = standings.slice(start, start + LEADERBOARD_PAGE_SIZE);
  const names = await partnerNames(
    ctx.db,
    slice.map((s) => s.enrollmentId),
  );
  return {
    ...base,
    entries: slice.map((s) => ({
      rank: s.rank,
      tied: s.tied,
      enrollmentId: s.enrollmentId,
      name: names.get(s.enrollmentId)?.name ?? null,
      email: names.get(s.enrollmentId)?.email ?? "",
      value: s.value,
      prizeLabel: prizeForRank(contest.prizes, s.rank)?.label ?? null,
      milestonesReached: contest.milestones.filter((m) => s.value >= BigInt(m.threshold)).length,
      lateRefunds: 0n,
    })),
    total: standings.length,
    pages: Math.max(1, Math.ceil(standings.length / LEADERBOARD_PAGE_SIZE)),
    updatedAt: new Date(),
  };
}

async function frozenPage(ctx: ProgramContext, contest: Contest, league: string, page: number) {
  await refreshLateRefunds(ctx.db, contest);
  const where = and(eq(contestResults.contestId, contest.id), eq(contestResults.leagueKey, league));
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(contestResults)
      .where(where)
      .orderBy(asc(contestResults.rank), asc(contestResults.enrollmentId))
      .limit(LEADERBOARD_PAGE_SIZE)
      .offset(offsetOf(page, LEADERBOARD_PAGE_SIZE)),
    ctx.db.select({ value: count() }).from(contestResults).where(where),
  ]);
  const names = await partnerNames(
    ctx.db,
    rows.map((r) => r.enrollmentId),
  );
  const totalCount = total?.value ?? 0;
  return {
    entries: rows.map((r) => ({
      rank: r.rank,
      tied: false,
      enrollmentId: r.enrollmentId,
      name: names.get(r.enrollmentId)?.name ?? null,
      email: names.get(r.enrollmentId)?.email ?? "",
      value: r.value,
      prizeLabel: r.prizeLabel,
      milestonesReached: r.milestonesReached,
      lateRefunds: r.lateRefunds,
    })),
    total: totalCount,
    pages: Math.max(1, Math.ceil(totalCount / LEADERBOARD_PAGE_SIZE)),
    updatedAt: contest.frozenAt ?? new Date(),
  };
}
