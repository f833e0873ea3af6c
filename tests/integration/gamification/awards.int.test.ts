/**
 * Points, badges and tiers from the award job over real rows. The required case: replaying the
 * same events (the job twice, twice at once, and a source that reports the same course again)
 * awards each thing exactly once.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  badgeAwards,
  enrollments,
  notifications,
  pointAwards,
  statsDaily,
  tierChanges,
} from "~/server/db/schema/index";
import { gamificationAwardHandler } from "~/server/jobs/handlers/gamification-award";
import { awardPoints, totalPoints } from "~/server/services/gamification/award";
import { DAY_MS, isoWeekKey, isoWeekStart } from "~/lib/dates";
import { runAwards } from "~/server/services/gamification/run-awards";
import { db } from "../../support/db";
import { makePartner } from "../../support/factories";
import { insertApproved, insertConversion, insertEntry } from "../../support/ledger";
import { addBadge, addTiers, approvedSale, rewardsProgram } from "./fixtures";

const awardsOf = (enrollmentId: string) =>
  db.select().from(pointAwards).where(eq(pointAwards.enrollmentId, enrollmentId));
const badgesOf = (enrollmentId: string) =>
  db.select().from(badgeAwards).where(eq(badgeAwards.enrollmentId, enrollmentId));
const noticesOf = (userId: string, kind: string) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

describe("idempotent point awards under replay", () => {
  it("awards each event, badge and tier change once however often the job runs", async () => {
    const { program } = await rewardsProgram();
    const firstSale = await addBadge(program.id, "first-sale", { kind: "sales", min: 1 });
    const sixty = await addBadge(program.id, "sixty", { kind: "points", min: 60 });
    await addTiers(program.id, [
      { key: "bronze", minPoints: 0 },
      { key: "silver", minPoints: 60 },
    ]);
    const { user, enrollment } = await makePartner(program.id);
    const idle = await makePartner(program.id);
    const sale = await approvedSale(program.id, enrollment.id);
    // A pending commission has not held yet: no points.
    const pending = await insertConversion(program.id, idle.enrollment.id);
    await insertEntry({
      programId: program.id,
      enrollmentId: idle.enrollment.id,
      conversionId: pending.id,
    });

    // The academy reports the same completed course twice (a replayed source).
    const course = {
      programId: program.id,
      enrollmentId: enrollment.id,
      event: "course_completed" as const,
      sourceKey: `course:${randomUUID()}`,
    };
    expect(await awardPoints(db, course)).toBe(50);
    expect(await awardPoints(db, course)).toBe(0);
    // The same conversion again: an approved override to the recruiter earns them no points,
    // and a source that reports the conversion itself a second time awards nothing.
    await insertApproved({
      programId: program.id,
      enrollmentId: idle.enrollment.id,
      conversionId: sale.id,
      kind: "override",
      level: 1,
    });
    const replayed = {
      programId: program.id,
      enrollmentId: enrollment.id,
      event: "sale" as const,
      sourceKey: `conversion:${sale.id}`,
    };

    await runAwards(db, { programId: program.id });
    await runAwards(db, { programId: program.id });
    await Promise.all([
      runAwards(db, { programId: program.id }),
      runAwards(db, { programId: program.id }),
      runAwards(db, { programId: program.id, full: true }),
    ]);
    expect(await awardPoints(db, replayed)).toBe(0);

    const awards = await awardsOf(enrollment.id);
    expect(awards.map((a) => [a.sourceKey, a.points]).sort()).toEqual(
      [
        [course.sourceKey, 50],
        [`conversion:${sale.id}`, 10],
      ].sort(),
    );
    expect(await totalPoints(db, enrollment.id)).toBe(60);
    expect((await badgesOf(enrollment.id)).map((b) => b.badgeId).sort()).toEqual(
      [firstSale.id, sixty.id].sort(),
    );
    expect(await noticesOf(user.id, "badge.awarded")).toHaveLength(2);
    const changes = await db
      .select()
      .from(tierChanges)
      .where(eq(tierChanges.enrollmentId, enrollment.id));
    expect(changes).toMatchObject([{ fromKey: null, toKey: "silver", reason: "qualified" }]);
    expect(await noticesOf(user.id, "tier.changed")).toHaveLength(1);
    expect(await awardsOf(idle.enrollment.id)).toEqual([]);
    expect(await badgesOf(idle.enrollment.id)).toEqual([]);

    // New events after the replays are still awarded, once, by concurrent runs.
    const second = await approvedSale(program.id, enrollment.id);
    await Promise.all([
      runAwards(db, { programId: program.id }),
      runAwards(db, { programId: program.id }),
    ]);
    expect(await totalPoints(db, enrollment.id)).toBe(70);
    expect(
      (await awardsOf(enrollment.id)).filter((a) => a.sourceKey === `conversion:${second.id}`),
    ).toHaveLength(1);
    expect(await badgesOf(enrollment.id)).toHaveLength(2);
  });

  it("runs as the job handler over every program", async () => {
    const { program } = await rewardsProgram({ sale: 7 });
    const { enrollment } = await makePartner(program.id);
    await approvedSale(program.id, enrollment.id);
    const handler = gamificationAwardHandler(db, () => {});
    await handler();
    await handler();
    expect(await totalPoints(db, enrollment.id)).toBe(7);
  });
});

describe("tiers over time", () => {
  it("keeps a tier through the grace period, then downgrades", async () => {
    const { program } = await rewardsProgram({ sale: 10 });
    await addTiers(program.id, [
      { key: "bronze", minPoints: 0 },
      { key: "gold", minPoints: 1500, rateBonusBps: 200 },
    ]);
    const { user, enrollment } = await makePartner(program.id, { tierKey: "gold" });
    const now = new Date();
    await runAwards(db, { programId: program.id, full: true, now });
    const [inGrace] = await db.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
    expect(inGrace?.tierKey).toBe("gold");
    expect(inGrace?.tierGraceUntil?.getTime()).toBe(now.getTime() + 30 * DAY_MS);
    expect(await noticesOf(user.id, "tier.grace")).toHaveLength(1);

    await runAwards(db, {
      programId: program.id,
      full: true,
      now: new Date(now.getTime() + 10 * DAY_MS),
    });
    expect(await noticesOf(user.id, "tier.grace")).toHaveLength(1);
    const later = new Date(now.getTime() + 31 * DAY_MS);
    await runAwards(db, { programId: program.id, full: true, now: later });
    const [after] = await db.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
    expect(after).toMatchObject({ tierKey: "bronze", tierGraceUntil: null });
    const changes = await db
      .select()
      .from(tierChanges)
      .where(eq(tierChanges.enrollmentId, enrollment.id));
    expect(changes).toMatchObject([{ fromKey: "gold", toKey: "bronze", reason: "grace_ended" }]);
  });
});

describe("streaks", () => {
  it("awards streak points per week of a run of active weeks, once", async () => {
    const { program } = await rewardsProgram({ active_week_streak: 15 });
    const streak = await addBadge(program.id, "two-weeks", { kind: "streak", weeks: 2 });
    const { enrollment } = await makePartner(program.id);
    const now = new Date();
    const thisWeek = isoWeekStart(now);
    const lastWeek = new Date(thisWeek.getTime() - 7 * DAY_MS);
    for (const day of [lastWeek, new Date(lastWeek.getTime() + DAY_MS), thisWeek]) {
      await db.insert(statsDaily).values({
        programId: program.id,
        enrollmentId: enrollment.id,
        day: day.toISOString().slice(0, 10),
        sales: 1,
      });
    }
    await runAwards(db, { programId: program.id, full: true, now });
    await runAwards(db, { programId: program.id, full: true, now });
    const awards = await awardsOf(enrollment.id);
    expect(awards.map((a) => [a.sourceKey, a.points])).toEqual([[`streak:${isoWeekKey(now)}`, 15]]);
    expect((await badgesOf(enrollment.id)).map((b) => b.badgeId)).toEqual([streak.id]);
    const [{ n } = { n: 0 }] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from point_awards where program_id = ${program.id}::uuid`,
    );
    expect(n).toBe(1);
  });
});
