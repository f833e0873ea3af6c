import type { ActorContext, PartnerContext } from "../context";
import { contestView, type Contest } from "./contest-view";
import { frozenRows } from "./frozen-rows";
import { partnerNames } from "./names";
import { loadPartnerContest, type Viewer } from "./partner-access";
import { partnerView, TOP_ROWS as TOP, type Board, type BoardRow } from "./partner-view";
import { gapToNextRank } from "./rules/gaps";
import { cachedStandings } from "./standings-cache";
import { utcToday } from "~/lib/dates";
import { liveWindow } from "./status";

/**
 * A partner's contest page: their rank, gaps and milestone progress, the top of their league
 * and the places around them. The league's table comes from the shared short-lived cache
 * (standings-cache.ts); then one read of the names of the rows shown.
 */
export async function getPartnerContest(
  ctx: PartnerContext,
  input: { contestId: string },
  today = utcToday(),
) {
  const { contest, viewer } = await loadPartnerContest(ctx.db, ctx, input.contestId);
  const view = contestView(contest, today);
  const board = contest.frozenAt
    ? await frozenRows(ctx.db, contest, viewer, TOP)
    : await liveRows(ctx, contest, viewer, today);
  const names = await partnerNames(
    ctx.db,
    board.shown.map((r) => r.enrollmentId),
  );
  return {
    contest: view,
    status: view.status,
    ...partnerView(contest, viewer, board, names),
  };
}

async function liveRows(
  ctx: ActorContext,
  contest: Contest,
  viewer: Viewer,
  today: string,
): Promise<Board> {
  const window = liveWindow(contest, today);
  const me = { rank: null, value: 0n, gap: null };
  if (!window) return { shown: [], total: 0, updatedAt: new Date(), me };
  const { standings, computedAt } = await cachedStandings(
    ctx.db,
    contest,
    viewer.leagueKey,
    window,
  );
  const row = (s: (typeof standings)[number]): BoardRow => ({
    enrollmentId: s.enrollmentId,
    rank: s.rank,
    value: s.value,
    tied: s.tied,
    prizeLabel: null,
  });
  const index = standings.findIndex((s) => s.enrollmentId === viewer.enrollmentId);
  const shown = standings.slice(0, TOP).map(row);
  if (index >= TOP) shown.push(...standings.slice(Math.max(TOP, index - 2), index + 3).map(row));
  const value = standings[index]?.value ?? 0n;
  const gap = gapToNextRank(standings, viewer.enrollmentId, value);
  return {
    shown,
    total: standings.length,
    updatedAt: computedAt,
    me: { rank: gap.rank, value, gap: gap.gap },
  };
}
