/** What tier maths need of a tier row. */
import { DAY_MS } from "~/lib/dates";

export type TierDef = {
  key: string;
  minPoints: number;
  requiredCourseId: string | null;
};

/** A partner's standing for tier decisions: points over the program's window, courses done. */
export type TierStanding = { windowPoints: number; completedCourseIds: ReadonlySet<string> };

/** Tiers from lowest to highest; equal thresholds keep a stable order by key. */
export function rankTiers<T extends TierDef>(tiers: readonly T[]): T[] {
  return [...tiers].sort((a, b) => a.minPoints - b.minPoints || a.key.localeCompare(b.key));
}

function qualifies(tier: TierDef, standing: TierStanding): boolean {
  if (standing.windowPoints < tier.minPoints) return false;
  return tier.requiredCourseId === null || standing.completedCourseIds.has(tier.requiredCourseId);
}

/** The highest tier the standing qualifies for, or null (below every tier). */
export function qualifiedTier<T extends TierDef>(tiers: readonly T[], standing: TierStanding) {
  const ranked = rankTiers(tiers);
  for (let index = ranked.length - 1; index >= 0; index -= 1) {
    const tier = ranked[index]!;
    if (qualifies(tier, standing)) return tier;
  }
  return null;
}

export type TierReason = "qualified" | "grace_started" | "grace_cancelled" | "grace_ended";

export type TierDecision = {
  tierKey: string | null;
  graceUntil: Date | null;
  /** Why anything changed; null when the partner's tier and grace stay as they were. */
  reason: TierReason | null;
};

/**
 * The partner's tier after a look at their standing. Upgrades are immediate. Qualifying below
 * the current tier starts a grace period (now + graceDays) during which they keep it; once it
 * has ended they move to the highest tier they qualify for; qualifying again cancels it. A
 * current key that names none of the program's tiers (set by hand earlier) ranks below all.
 */
export function decideTier(
  tiers: readonly TierDef[],
  standing: TierStanding,
  current: { tierKey: string | null; graceUntil: Date | null },
  now: Date,
  graceDays: number,
): TierDecision {
  const ranked = rankTiers(tiers);
  const rankOf = (key: string | null) =>
    key === null ? -1 : ranked.findIndex((t) => t.key === key);
  const target = qualifiedTier(ranked, standing);
  const targetRank = rankOf(target?.key ?? null);
  const currentRank = rankOf(current.tierKey);
  const keep = { tierKey: current.tierKey, graceUntil: current.graceUntil };

  if (targetRank > currentRank)
    return { tierKey: target!.key, graceUntil: null, reason: "qualified" };
  if (targetRank === currentRank) {
    // Same rank: a key unknown to the program is kept as it is (rank -1 both ways).
    return current.graceUntil === null
      ? { ...keep, reason: null }
      : { ...keep, graceUntil: null, reason: "grace_cancelled" };
  }
  if (current.graceUntil === null && graceDays > 0) {
    return {
      ...keep,
      graceUntil: new Date(now.getTime() + graceDays * DAY_MS),
      reason: "grace_started",
    };
  }
  if (current.graceUntil !== null && current.graceUntil > now) return { ...keep, reason: null };
  return { tierKey: target?.key ?? null, graceUntil: null, reason: "grace_ended" };
}

export type TierProgress = {
  next: { key: string; minPoints: number; requiredCourseId: string | null } | null;
  pointsNeeded: number;
  /** Points towards the next tier's threshold, in basis points (10000 = reached). */
  progressBps: number;
  /** The next tier asks for a course the partner has not completed. */
  courseMissing: boolean;
};

/** How far the partner is from the tier above their current one (or the lowest, without one). */
export function tierProgress(
  tiers: readonly TierDef[],
  standing: TierStanding,
  currentKey: string | null,
): TierProgress {
  const ranked = rankTiers(tiers);
  const currentRank = currentKey === null ? -1 : ranked.findIndex((t) => t.key === currentKey);
  const next = ranked[currentRank + 1] ?? null;
  if (!next) return { next: null, pointsNeeded: 0, progressBps: 10_000, courseMissing: false };
  const pointsNeeded = Math.max(0, next.minPoints - standing.windowPoints);
  const progressBps =
    next.minPoints <= 0
      ? 10_000
      : Math.min(
          10_000,
          Math.floor((Math.max(0, standing.windowPoints) * 10_000) / next.minPoints),
        );
  const courseMissing =
    next.requiredCourseId !== null && !standing.completedCourseIds.has(next.requiredCourseId);
  return {
    next: { key: next.key, minPoints: next.minPoints, requiredCourseId: next.requiredCourseId },
    pointsNeeded,
    progressBps,
    courseMissing,
  };
}
