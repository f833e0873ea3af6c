/**
 * The defaults a new contest starts from, so a manager can review and launch in one go: this
 * month's window, a podium and milestones set at what last period's best partners really did.
 * Pure, so the rules are unit-tested apart from the database.
 */
import { addDays, dayCount } from "~/lib/dates";

/**
 * With fewer days than this left in the month, the suggested contest is next month's: a
 * contest that ends within days gives partners no time to act on it.
 */
export const MIN_DAYS_LEFT = 7;

const firstOfMonth = (day: string) => `${day.slice(0, 8)}01`;
const lastOfMonth = (day: string) => addDays(firstOfMonth(addDays(firstOfMonth(day), 31)), -1);

/**
 * The first to the last day of `today`'s month, or of the next month when fewer than
 * MIN_DAYS_LEFT days (today included) are left. Days are UTC days, as contests count them
 * (programs have no time zone of their own).
 */
export function defaultContestWindow(today: string): { startsOn: string; endsOn: string } {
  const last = lastOfMonth(today);
  if (dayCount(today, last) >= MIN_DAYS_LEFT)
    return { startsOn: firstOfMonth(today), endsOn: last };
  const next = addDays(last, 1);
  return { startsOn: next, endsOn: lastOfMonth(next) };
}

/**
 * A round number at or below `value`: two significant digits, the second a 0 or a 5 from 20
 * up (1480 → 1400, 2630 → 2500, 87 → 85, 7 → 7). Rounded down, so whoever reached `value`
 * still reaches the rounded one.
 */
export function niceFloor(value: bigint): bigint {
  if (value < 10n) return value < 0n ? 0n : value;
  let scale = 1n;
  while (value / scale >= 100n) scale *= 10n;
  let lead = value / scale; // 10..99
  if (lead >= 20n) lead -= lead % 5n;
  return lead * scale;
}

export type PrizeKind = "winner" | "runnerUp";
/** Who reached the milestone last period: about half, the top three, the best partner. */
export type MilestoneKind = "steady" | "podium" | "record";

export type SuggestedPrize = { fromRank: number; toRank: number; kind: PrizeKind; points: number };
export type SuggestedMilestone = { threshold: bigint; kind: MilestoneKind; points: number };

const PRIZE_POINTS: Record<PrizeKind, number> = { winner: 500, runnerUp: 250 };
const MILESTONE_POINTS: Record<MilestoneKind, number> = { steady: 50, podium: 100, record: 200 };

/**
 * Prizes and milestones from last period's results (one value per partner; zero and negative
 * results are not on a table and are ignored). A prize for the winner, and for ranks 2–3 when
 * at least three partners had a result. Milestones at the values that held rank 1, rank 3 and
 * the middle rank (when below the podium), each rounded down to a nice number: every one was
 * reached by someone, so the fairness preview never flags them as unreachable. Without any
 * result there is nothing to measure against, and no milestone is suggested.
 */
export function suggestContestRewards(values: readonly bigint[]): {
  participants: number;
  prizes: SuggestedPrize[];
  milestones: SuggestedMilestone[];
} {
  const sorted = values.filter((v) => v > 0n).sort((a, b) => (a === b ? 0 : a > b ? -1 : 1));
  const n = sorted.length;
  const prizes: SuggestedPrize[] = [
    { fromRank: 1, toRank: 1, kind: "winner", points: PRIZE_POINTS.winner },
  ];
  if (n >= 3)
    prizes.push({ fromRank: 2, toRank: 3, kind: "runnerUp", points: PRIZE_POINTS.runnerUp });

  const middle = Math.ceil(n / 2);
  const ranks: { rank: number; kind: MilestoneKind }[] = [
    ...(middle > 3 ? [{ rank: middle, kind: "steady" as const }] : []),
    ...(n >= 3 ? [{ rank: 3, kind: "podium" as const }] : []),
    ...(n >= 1 ? [{ rank: 1, kind: "record" as const }] : []),
  ];
  const milestones: SuggestedMilestone[] = [];
  for (const { rank, kind } of ranks) {
    const threshold = niceFloor(sorted[rank - 1]!);
    const previous = milestones.at(-1);
    // Thresholds must rise strictly; two ranks that round alike make one milestone.
    if (threshold <= 0n || (previous && threshold <= previous.threshold)) continue;
    milestones.push({ threshold, kind, points: MILESTONE_POINTS[kind] });
  }
  return { participants: n, prizes, milestones };
}
