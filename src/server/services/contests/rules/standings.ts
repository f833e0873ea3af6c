/**
 * How a contest orders its table. "first-to-reach": on equal value whoever got there first
 * ranks higher (then the earlier enrolment), so a partner cannot be overtaken by someone who
 * merely matches them later. "shared": equal values share a rank (1, 1, 3), for contests
 * that prefer a shared podium to a race on timestamps.
 */
export type TieBreak = "first-to-reach" | "shared";

/** Message keys that state each rule to partners; the rule is shown next to every table. */
export const TIE_BREAK_DESCRIPTION_KEYS: Record<TieBreak, string> = {
  "first-to-reach": "contests.tieBreak.firstToReach",
  shared: "contests.tieBreak.shared",
};

export type StandingEntry = {
  enrollmentId: string;
  value: bigint;
  /** When the partner reached their current value; null when unknown (ranks after known). */
  reachedAt: Date | null;
  joinedAt: Date;
};

export type Standing = StandingEntry & {
  /** Standard competition ranking: equal entries share a rank and the next rank is skipped. */
  rank: number;
  /** True when another entry holds the same rank. */
  tied: boolean;
};

/**
 * The contest table. Only entries with a positive value are ranked: a partner with nothing
 * (or refunds outweighing sales) is not shown, and no entry is ever invented to fill a table.
 * Ranks are shared only where the rule cannot separate two entries; the enrollment id then
 * just keeps the display order deterministic, it never decides a rank.
 */
export function rankStandings(entries: readonly StandingEntry[], rule: TieBreak): Standing[] {
  const seen = new Set<string>();
  for (const e of entries) {
    // A duplicate would rank one partner twice: a bug upstream, not something to paper over.
    if (seen.has(e.enrollmentId)) throw new Error(`duplicate enrollment ${e.enrollmentId}`);
    seen.add(e.enrollmentId);
  }
  const sorted = entries
    .filter((e) => e.value > 0n)
    .sort((a, b) => compareRanking(a, b, rule) || compareIds(a.enrollmentId, b.enrollmentId));

  const ranked: Standing[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const sameRank = previous !== undefined && compareRanking(previous, entry, rule) === 0;
    if (sameRank) previous.tied = true;
    ranked.push({ ...entry, rank: sameRank ? previous.rank : index + 1, tied: sameRank });
  });
  return ranked;
}

/** Negative when `a` ranks above `b`; zero when the rule cannot tell them apart. */
export function compareRanking(a: StandingEntry, b: StandingEntry, rule: TieBreak): number {
  if (a.value !== b.value) return a.value > b.value ? -1 : 1;
  if (rule === "shared") return 0;
  const reached = compareNullableTimes(a.reachedAt, b.reachedAt);
  if (reached !== 0) return reached;
  return Math.sign(a.joinedAt.getTime() - b.joinedAt.getTime());
}

function compareNullableTimes(a: Date | null, b: Date | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return Math.sign(a.getTime() - b.getTime());
}

// Code-unit order rather than localeCompare: the same on every server, whatever its locale.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
