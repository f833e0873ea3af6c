import { describe, expect, it } from "vitest";
import { decideTier, qualifiedTier, tierProgress, type TierDef } from "./tier-rules";

const COURSE = "course-1";
const tiers: TierDef[] = [
  { key: "gold", minPoints: 1500, requiredCourseId: COURSE },
  { key: "bronze", minPoints: 0, requiredCourseId: null },
  { key: "silver", minPoints: 500, requiredCourseId: null },
];
const standing = (windowPoints: number, courses: string[] = []) => ({
  windowPoints,
  completedCourseIds: new Set(courses),
});
const now = new Date("2026-03-01T00:00:00Z");
const DAY = 86_400_000;

describe("qualifiedTier", () => {
  it("is the highest tier whose points and course are met", () => {
    expect(qualifiedTier(tiers, standing(0))?.key).toBe("bronze");
    expect(qualifiedTier(tiers, standing(499))?.key).toBe("bronze");
    expect(qualifiedTier(tiers, standing(500))?.key).toBe("silver");
    expect(qualifiedTier(tiers, standing(2000))?.key).toBe("silver"); // gold needs the course
    expect(qualifiedTier(tiers, standing(2000, [COURSE]))?.key).toBe("gold");
  });

  it("is null below every tier", () => {
    expect(
      qualifiedTier([{ key: "a", minPoints: 10, requiredCourseId: null }], standing(9)),
    ).toBeNull();
    expect(qualifiedTier([], standing(100))).toBeNull();
  });
});

describe("decideTier", () => {
  const none = { tierKey: null, graceUntil: null };

  it("upgrades immediately", () => {
    expect(decideTier(tiers, standing(600), none, now, 30)).toEqual({
      tierKey: "silver",
      graceUntil: null,
      reason: "qualified",
    });
    const inGrace = { tierKey: "silver", graceUntil: new Date(now.getTime() + DAY) };
    expect(decideTier(tiers, standing(1600, [COURSE]), inGrace, now, 30)).toEqual({
      tierKey: "gold",
      graceUntil: null,
      reason: "qualified",
    });
  });

  it("changes nothing while the partner keeps qualifying", () => {
    const silver = { tierKey: "silver", graceUntil: null };
    expect(decideTier(tiers, standing(700), silver, now, 30)).toEqual({ ...silver, reason: null });
  });

  it("starts the grace period instead of downgrading", () => {
    const gold = { tierKey: "gold", graceUntil: null };
    expect(decideTier(tiers, standing(600, [COURSE]), gold, now, 30)).toEqual({
      tierKey: "gold",
      graceUntil: new Date(now.getTime() + 30 * DAY),
      reason: "grace_started",
    });
  });

  it("keeps the tier during the grace period and downgrades when it has ended", () => {
    const until = new Date(now.getTime() + DAY);
    const gold = { tierKey: "gold", graceUntil: until };
    expect(decideTier(tiers, standing(100), gold, now, 30)).toEqual({ ...gold, reason: null });
    const later = new Date(until.getTime() + 1);
    expect(decideTier(tiers, standing(600), gold, later, 30)).toEqual({
      tierKey: "silver",
      graceUntil: null,
      reason: "grace_ended",
    });
    expect(decideTier(tiers, standing(600), gold, until, 30).reason).toBe("grace_ended");
  });

  it("cancels the grace when the partner qualifies again", () => {
    const gold = { tierKey: "gold", graceUntil: new Date(now.getTime() + DAY) };
    expect(decideTier(tiers, standing(1500, [COURSE]), gold, now, 30)).toEqual({
      tierKey: "gold",
      graceUntil: null,
      reason: "grace_cancelled",
    });
  });

  it("downgrades at once without a grace period, to no tier when below all", () => {
    const only = [{ key: "silver", minPoints: 500, requiredCourseId: null }];
    expect(decideTier(only, standing(10), { tierKey: "silver", graceUntil: null }, now, 0)).toEqual(
      {
        tierKey: null,
        graceUntil: null,
        reason: "grace_ended",
      },
    );
  });

  it("treats a key the program does not define as below every tier", () => {
    const legacy = { tierKey: "vip", graceUntil: null };
    expect(decideTier(tiers, standing(0), legacy, now, 30).tierKey).toBe("bronze");
    const only = [{ key: "silver", minPoints: 500, requiredCourseId: null }];
    expect(decideTier(only, standing(0), legacy, now, 30)).toEqual({ ...legacy, reason: null });
  });
});

describe("tierProgress", () => {
  it("measures the way to the tier above the current one", () => {
    expect(tierProgress(tiers, standing(125), "bronze")).toEqual({
      next: { key: "silver", minPoints: 500, requiredCourseId: null },
      pointsNeeded: 375,
      progressBps: 2500,
      courseMissing: false,
    });
    expect(tierProgress(tiers, standing(1600), "silver")).toMatchObject({
      next: { key: "gold" },
      pointsNeeded: 0,
      progressBps: 10_000,
      courseMissing: true,
    });
  });

  it("has no next tier at the top, and aims at the lowest without a tier", () => {
    expect(tierProgress(tiers, standing(5000, [COURSE]), "gold")).toMatchObject({
      next: null,
      progressBps: 10_000,
    });
    expect(tierProgress(tiers, standing(0), null)).toMatchObject({
      next: { key: "bronze" },
      progressBps: 10_000,
      pointsNeeded: 0,
    });
  });
});
