import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { badgeAwards, enrollments, tierChanges } from "~/server/db/schema";
import { meetsCriteria } from "./badge-criteria";
import { writeRewardNotices, type RewardNotice } from "./notices";
import { loadPartnerFacts } from "./partner-facts";
import type { ProgramRewards } from "./program-rewards";
import { decideTier } from "./tier-rules";

type Program = { id: string; tierWindowDays: number; tierGraceDays: number };

/**
 * Looks at some partners of one program and gives them the badges they have earned and the
 * tier their points say, with notices and tier_changes rows. Safe to run twice or in two
 * workers at once: badge awards are unique per partner, and a tier is changed only from the
 * tier and grace this run read (a compare-and-set), so only one run records a change.
 */
export async function evaluatePartners(
  db: Executor,
  program: Program,
  rewards: ProgramRewards,
  enrollmentIds: readonly string[],
  now: Date,
): Promise<{ badges: number; tierChanges: number }> {
  const automatic = rewards.badges.filter((b) => b.criteria && b.criteria.kind !== "manual");
  if (enrollmentIds.length === 0 || (automatic.length === 0 && rewards.tiers.length === 0)) {
    return { badges: 0, tierChanges: 0 };
  }
  const facts = await loadPartnerFacts(db, program, enrollmentIds, now);
  const notices: (RewardNotice & { userId: string })[] = [];
  const partnerOf = new Map(facts.map((f) => [f.enrollmentId, f.partnerId]));
  const badgeById = new Map(automatic.map((b) => [b.id, b]));

  const earned = facts.flatMap((f) =>
    automatic
      .filter((badge) => meetsCriteria(badge.criteria!, f))
      .map((badge) => ({
        badgeId: badge.id,
        enrollmentId: f.enrollmentId,
        sourceKey: `criteria:${badge.criteria!.kind}`,
      })),
  );
  const awarded =
    earned.length === 0
      ? []
      : await db
          .insert(badgeAwards)
          .values(earned)
          .onConflictDoNothing({ target: [badgeAwards.badgeId, badgeAwards.enrollmentId] })
          .returning({ badgeId: badgeAwards.badgeId, enrollmentId: badgeAwards.enrollmentId });
  for (const award of awarded) {
    const badge = badgeById.get(award.badgeId)!;
    notices.push({
      userId: partnerOf.get(award.enrollmentId)!,
      kind: "badge.awarded",
      data: { badgeId: badge.id, name: badge.name, icon: badge.icon },
    });
  }

  let changed = 0;
  if (rewards.tiers.length > 0) {
    const nameOf = new Map(rewards.tiers.map((t) => [t.key, t.name]));
    for (const f of facts) {
      const current = { tierKey: f.tierKey, graceUntil: f.tierGraceUntil };
      const decision = decideTier(rewards.tiers, f, current, now, program.tierGraceDays);
      if (decision.reason === null) continue;
      const [updated] = await db
        .update(enrollments)
        .set({ tierKey: decision.tierKey, tierGraceUntil: decision.graceUntil })
        .where(
          and(
            eq(enrollments.id, f.enrollmentId),
            sql`${enrollments.tierKey} is not distinct from ${f.tierKey}`,
            sql`${enrollments.tierGraceUntil} is not distinct from ${f.tierGraceUntil?.toISOString() ?? null}::timestamptz`,
          ),
        )
        .returning({ id: enrollments.id });
      if (!updated) continue;
      if (decision.reason === "grace_started") {
        notices.push({
          userId: f.partnerId,
          kind: "tier.grace",
          data: {
            tier: f.tierKey!,
            name: nameOf.get(f.tierKey!) ?? f.tierKey!,
            until: decision.graceUntil!.toISOString(),
          },
        });
      }
      if (decision.tierKey === f.tierKey) continue;
      changed += 1;
      await db.insert(tierChanges).values({
        enrollmentId: f.enrollmentId,
        fromKey: f.tierKey,
        toKey: decision.tierKey,
        reason: decision.reason,
      });
      notices.push({
        userId: f.partnerId,
        kind: "tier.changed",
        data: {
          from: f.tierKey,
          to: decision.tierKey,
          name: decision.tierKey === null ? null : (nameOf.get(decision.tierKey) ?? null),
          up: decision.reason === "qualified",
        },
      });
    }
  }
  await writeRewardNotices(db, program.id, notices);
  return { badges: awarded.length, tierChanges: changed };
}
