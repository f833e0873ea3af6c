/**
 * Who is who among the demo program's approved partners: a power-law ranking (a few partners
 * bring most of the traffic, as in every real program), tiers for the strongest, and a referral
 * tree in which the demo partner recruited a handful of people.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { enrollments, users } from "~/server/db/schema";
import { DEMO_USERS } from "~/server/auth/demo";
import { arrayLiteral } from "./demo-sql";
import { intBetween, logNormal, pick, shuffled, type Random } from "./demo-random";
import { DAY_MS } from "~/lib/dates";

export type DemoPartner = {
  enrollmentId: string;
  userId: string;
  email: string;
  name: string;
  decidedAt: Date;
  /** 1 is the busiest partner. */
  rank: number;
  /** Share of the program's traffic, relative to the others. */
  weight: number;
  /** Multiplies the conversion rate: audiences differ in how well they buy. */
  quality: number;
  tierKey: string | null;
  isDemo: boolean;
};

/** The demo partner ranks second: lively, yet with someone to catch up with on leaderboards. */
const DEMO_RANK = 2;
const DEMO_RECRUITS = 6;
const RECRUITED_SHARE = 0.2;

export async function loadDemoPartners(
  db: Db,
  programId: string,
  random: Random,
  now: Date,
): Promise<DemoPartner[]> {
  const rows = await db
    .select({
      enrollmentId: enrollments.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      decidedAt: enrollments.decidedAt,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(and(eq(enrollments.programId, programId), eq(enrollments.status, "approved")))
    .orderBy(asc(users.email));
  const demo = rows.find((row) => row.email === DEMO_USERS.partner);
  if (!demo) throw new Error("the demo partner is not approved in the demo program");
  const others = shuffled(
    random,
    rows.filter((row) => row !== demo),
  );
  const ranked = [...others.slice(0, DEMO_RANK - 1), demo, ...others.slice(DEMO_RANK - 1)];
  // The demo partner has been around for four months, so the whole history is theirs.
  const demoDecidedAt = new Date(now.getTime() - 119 * DAY_MS);
  return ranked.map((row, index) => {
    const rank = index + 1;
    const isDemo = row === demo;
    return {
      enrollmentId: row.enrollmentId,
      userId: row.userId,
      email: row.email,
      name: row.name ?? row.email,
      decidedAt: isDemo ? demoDecidedAt : (row.decidedAt ?? now),
      rank,
      weight: 1 / rank + 0.004,
      quality: isDemo ? 1.4 : logNormal(random, 0.5),
      tierKey: rank <= 8 ? "gold" : rank <= 30 && random() < 0.7 ? "silver" : null,
      isDemo,
    };
  });
}

/**
 * Recruiters for about a fifth of the partners, always someone approved earlier (so the tree
 * has no cycles); recruits are sometimes recruiters too, which makes two-level chains.
 */
export function planReferrals(random: Random, partners: readonly DemoPartner[]) {
  const recruiterOf = new Map<string, string>();
  const demo = partners.find((partner) => partner.isDemo)!;
  const joinedAfter = (recruiter: DemoPartner) =>
    partners.filter(
      (p) =>
        !p.isDemo &&
        !recruiterOf.has(p.enrollmentId) &&
        p.decidedAt.getTime() > recruiter.decidedAt.getTime() + DAY_MS,
    );
  const demoRecruits = shuffled(
    random,
    joinedAfter(demo).filter((p) => p.rank >= 6 && p.rank <= 80),
  ).slice(0, DEMO_RECRUITS);
  for (const recruit of demoRecruits) recruiterOf.set(recruit.enrollmentId, demo.enrollmentId);
  // Two of the demo partner's recruits recruited someone themselves: level-2 overrides.
  for (const recruiter of demoRecruits.slice(0, 2)) {
    const candidates = joinedAfter(recruiter);
    for (let i = 0; i < intBetween(random, 1, 2) && candidates.length > 0; i++) {
      const recruit = candidates.splice(Math.floor(random() * candidates.length), 1)[0]!;
      recruiterOf.set(recruit.enrollmentId, recruiter.enrollmentId);
    }
  }
  for (const partner of partners) {
    if (partner.isDemo || partner.rank <= 3 || recruiterOf.has(partner.enrollmentId)) continue;
    if (recruiterOf.size >= partners.length * RECRUITED_SHARE || random() >= RECRUITED_SHARE) {
      continue;
    }
    const earlier = partners.filter(
      (p) => p.decidedAt.getTime() + DAY_MS < partner.decidedAt.getTime(),
    );
    if (earlier.length === 0) continue;
    const chained = earlier.filter((p) => recruiterOf.has(p.enrollmentId));
    const recruiter =
      chained.length > 0 && random() < 0.25 ? pick(random, chained) : pick(random, earlier);
    recruiterOf.set(partner.enrollmentId, recruiter.enrollmentId);
  }
  return recruiterOf;
}

/** Writes tiers, recruiters and the demo partner's join date in one statement. */
export async function saveStandings(
  db: Db,
  partners: readonly DemoPartner[],
  recruiterOf: ReadonlyMap<string, string>,
): Promise<void> {
  const list = arrayLiteral;
  await db.execute(sql`
    update enrollments e set
      tier_key = u.tier_key,
      referred_by_id = u.referred_by_id,
      applied_at = least(e.applied_at, u.decided_at - interval '1 day'),
      decided_at = u.decided_at
    from unnest(
      ${list(partners.map((p) => p.enrollmentId))}::uuid[],
      ${list(partners.map((p) => p.tierKey))}::text[],
      ${list(partners.map((p) => recruiterOf.get(p.enrollmentId) ?? null))}::uuid[],
      ${list(partners.map((p) => p.decidedAt.toISOString()))}::timestamptz[]
    ) as u(id, tier_key, referred_by_id, decided_at)
    where e.id = u.id`);
}
