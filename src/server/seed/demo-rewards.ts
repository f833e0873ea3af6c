/**
 * Rewards for the demo program: the point rules, the Bronze/Silver/Gold tiers (keys the demo's
 * commission rules and partners already use) and a few badges, then one full award run so the
 * demo partners have points, badges and tiers at once. Safe to call again: existing rows are
 * kept and the award run awards nothing twice.
 */
import type { Db } from "~/server/db/client";
import { badges, pointRules, tiers } from "~/server/db/schema";
import type { BadgeCriteria } from "~/server/db/schema";
import { runAwards } from "~/server/services/gamification/run-awards";

const RULES = [
  { event: "sale", points: 10 },
  { event: "lead", points: 2 },
  { event: "course_completed", points: 50 },
  { event: "quiz_passed", points: 20 },
  { event: "webinar_attended", points: 30 },
  { event: "active_week_streak", points: 15 },
] as const;

const TIERS = [
  {
    key: "bronze",
    name: "Bronze",
    minPoints: 0,
    rateBonusBps: 0,
    benefits: "Monthly partner newsletter.",
  },
  {
    key: "silver",
    name: "Silver",
    minPoints: 500,
    rateBonusBps: 100,
    benefits: "+1 % on every sale and early access to new creatives.",
  },
  {
    key: "gold",
    name: "Gold",
    minPoints: 1500,
    rateBonusBps: 200,
    benefits: "+2 % on every sale, a personal partner manager and priority payouts.",
  },
];

const BADGES: {
  key: string;
  name: string;
  description: string;
  icon: string;
  criteria: BadgeCriteria;
}[] = [
  {
    key: "first-sale",
    name: "First sale",
    description: "Your first sale that held.",
    icon: "🎉",
    criteria: { kind: "sales", min: 1 },
  },
  {
    key: "ten-sales",
    name: "10 sales",
    description: "Ten sales that held.",
    icon: "🚀",
    criteria: { kind: "sales", min: 10 },
  },
  {
    key: "webinar-regular",
    name: "Webinar regular",
    description: "Attended three webinars.",
    icon: "🎥",
    criteria: { kind: "webinars", min: 3 },
  },
  {
    key: "four-week-streak",
    name: "4-week streak",
    description: "Active four weeks in a row.",
    icon: "🔥",
    criteria: { kind: "streak", weeks: 4 },
  },
  {
    key: "contest-winner",
    name: "Contest winner",
    description: "Won a prize in a contest.",
    icon: "🏆",
    criteria: { kind: "contest" },
  },
];

export async function seedDemoRewards(db: Db, options: { programId: string }) {
  const { programId } = options;
  await db.transaction(async (tx) => {
    await tx
      .insert(pointRules)
      .values(RULES.map((rule) => ({ programId, ...rule })))
      .onConflictDoNothing({ target: [pointRules.programId, pointRules.event] });
    await tx
      .insert(tiers)
      .values(TIERS.map((tier) => ({ programId, ...tier })))
      .onConflictDoNothing({ target: [tiers.programId, tiers.key] });
    await tx
      .insert(badges)
      .values(BADGES.map((badge) => ({ programId, ...badge })))
      .onConflictDoNothing({ target: [badges.programId, badges.key] });
  });
  return runAwards(db, { programId, full: true });
}
