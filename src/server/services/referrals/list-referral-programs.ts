import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import { enrollments, ledgerEntries, programs } from "~/server/db/schema";
import type { ActorContext } from "../context";

/**
 * The caller's programs with what they need to recruit: their referral code, the program's
 * override levels, how many partners they recruited directly and what overrides earned them
 * (net of reversals and clawbacks, all statuses). Partners have a handful of enrollments, so
 * this list is bounded by nature.
 */
export async function listReferralPrograms(ctx: ActorContext) {
  const rows = await ctx.db
    .select({
      enrollmentId: enrollments.id,
      status: enrollments.status,
      referralCode: enrollments.referralCode,
      programId: programs.id,
      slug: programs.slug,
      name: programs.name,
      currency: programs.currency,
      overrideBps: programs.overrideBps,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(eq(enrollments.partnerId, ctx.userId))
    .orderBy(asc(programs.name), asc(programs.id));
  const ids = rows.map((row) => row.enrollmentId);
  if (ids.length === 0) return [];
  const [recruits, earned] = await Promise.all([
    ctx.db
      .select({ referrer: enrollments.referredById, count: count() })
      .from(enrollments)
      .where(inArray(enrollments.referredById, ids))
      .groupBy(enrollments.referredById),
    ctx.db
      .select({
        enrollmentId: ledgerEntries.enrollmentId,
        currency: ledgerEntries.currency,
        total: sql<string>`sum(${ledgerEntries.amount})::text`,
      })
      .from(ledgerEntries)
      // Level > 0: overrides and the corrections of overrides (they keep the level).
      .where(and(inArray(ledgerEntries.enrollmentId, ids), gt(ledgerEntries.level, 0)))
      .groupBy(ledgerEntries.enrollmentId, ledgerEntries.currency),
  ]);
  const recruitCount = new Map(recruits.map((row) => [row.referrer, row.count]));
  return rows.map((row) => ({
    ...row,
    directRecruits: recruitCount.get(row.enrollmentId) ?? 0,
    overrideEarnings: BigInt(
      earned.find((e) => e.enrollmentId === row.enrollmentId && e.currency === row.currency)
        ?.total ?? "0",
    ),
  }));
}
