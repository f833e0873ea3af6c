import type { Contest } from "./contest-view";
import type { PartnerName } from "./names";
import type { Viewer } from "./partner-access";
import { prizeForRank } from "./prize-for-rank";
import { milestoneProgress } from "./rules/gaps";
import { visibleRankGap, visibleRow } from "./rules/privacy";

export type BoardRow = {
  enrollmentId: string;
  rank: number;
  value: bigint;
  tied: boolean;
  /** Stored on frozen results; live rows take the prize their rank holds right now. */
  prizeLabel: string | null;
};

export type Board = {
  /** The top rows, then (when the viewer is below them) the rows around the viewer. */
  shown: BoardRow[];
  total: number;
  updatedAt: Date;
  me: { rank: number | null; value: bigint; gap: bigint | null };
};

export const TOP_ROWS = 10;

/** What a partner may see of a board: aliases and hidden amounts as the contest says. */
export function partnerView(
  contest: Contest,
  viewer: Viewer,
  board: Board,
  names: ReadonlyMap<string, PartnerName>,
) {
  const privacy = { alias: contest.showAliases, hideAmounts: contest.hideAmounts };
  const context = { contestId: contest.id, viewerEnrollmentId: viewer.enrollmentId };
  const toRow = (r: BoardRow) => {
    const known = names.get(r.enrollmentId);
    const isViewer = r.enrollmentId === viewer.enrollmentId;
    // A partner without a name is shown by alias to others, never by their email.
    const name = known?.name ?? (isViewer ? (known?.email ?? "") : null);
    const visible = visibleRow({ ...privacy, alias: privacy.alias || name === null }, context, {
      enrollmentId: r.enrollmentId,
      name: name ?? "",
      value: r.value,
    });
    return {
      rank: r.rank,
      tied: r.tied,
      displayName: visible.displayName,
      value: visible.value,
      isMe: visible.isViewer,
      prizeLabel: r.prizeLabel ?? prizeForRank(contest.prizes, r.rank)?.label ?? null,
    };
  };
  const thresholds = contest.milestones.map((m) => BigInt(m.threshold));
  const progress = milestoneProgress(board.me.value, thresholds);
  const nextIndex = progress.next === null ? -1 : thresholds.indexOf(progress.next);
  const next = contest.milestones[nextIndex];
  const league = contest.leagues.find((l) => l.key === viewer.leagueKey) ?? null;
  return {
    me: {
      rank: board.me.rank,
      value: board.me.value,
      gapToNext: visibleRankGap(privacy, board.me.gap),
      nextMilestone:
        next && progress.remaining !== null
          ? {
              index: nextIndex,
              threshold: next.threshold,
              label: next.label,
              remaining: progress.remaining,
              progressBps: progress.progressBps ?? 0,
            }
          : null,
      reachedMilestones: contest.milestones
        .map((m, index) => ({ index, threshold: m.threshold, label: m.label }))
        .filter((m) => board.me.value >= BigInt(m.threshold)),
      league: league ? { key: league.key, label: league.label } : null,
      prizeLabel:
        board.me.rank === null
          ? null
          : (board.shown.find((r) => r.enrollmentId === viewer.enrollmentId)?.prizeLabel ??
            prizeForRank(contest.prizes, board.me.rank)?.label ??
            null),
    },
    top: board.shown.slice(0, TOP_ROWS).map(toRow),
    around: board.shown.slice(TOP_ROWS).map(toRow),
    totalRanked: board.total,
    updatedAt: board.updatedAt,
  };
}
