/**
 * manage.rewards and partner.rewards through the tRPC caller: what managers set up, what the
 * partner sees, and strangers (another program's manager, another partner) refused.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditLog,
  notifications,
  pointAwards,
  programs,
  tierChanges,
} from "~/server/db/schema/index";
import type { BadgeCriteria } from "~/server/db/schema/index";
import { runAwards } from "~/server/services/gamification/run-awards";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { clientError } from "../../support/client-error";
import { approvedSale } from "./fixtures";

const badge = (key: string, criteria: BadgeCriteria) => ({ key, name: `Badge ${key}`, criteria });

describe("manage.rewards", () => {
  it("sets rules, badges, tiers and settings, audited", async () => {
    const { program, manager } = await makeProgram();
    const api = callerFor(manager.id).manage.rewards;
    const programId = program.id;

    const rules = await api.setPointRules({
      programId,
      rules: [
        { event: "sale", points: 10, active: true },
        { event: "lead", points: 2, active: false },
      ],
    });
    expect(rules.find((r) => r.event === "sale")).toEqual({
      event: "sale",
      points: 10,
      active: true,
    });
    expect(rules.find((r) => r.event === "webinar_attended")).toMatchObject({ active: false });
    await api.setPointRules({ programId, rules: [{ event: "sale", points: 12, active: true }] });
    expect((await api.pointRules({ programId })).find((r) => r.event === "sale")?.points).toBe(12);

    const first = await api.createBadge({
      programId,
      badge: badge("first-sale", { kind: "sales", min: 1 }),
    });
    expect(first).toMatchObject({ icon: "★", criteria: { kind: "sales", min: 1 } });
    expect(
      await clientError(
        api.createBadge({ programId, badge: badge("first-sale", { kind: "sales", min: 2 }) }),
      ),
    ).toMatchObject({ code: "CONFLICT" });
    expect(
      await clientError(
        api.createBadge({ programId, badge: badge("x", { kind: "sales", min: 0 }) }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await clientError(
        api.createBadge({
          programId,
          badge: badge("course", {
            kind: "course",
            courseId: "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44",
          }),
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    await api.updateBadge({
      programId,
      badgeId: first.id,
      badge: { ...badge("first-sale", { kind: "sales", min: 1 }), name: "First sale" },
    });
    expect(await api.setBadgeArchived({ programId, badgeId: first.id, archived: true })).toEqual({
      changed: true,
    });
    expect(await api.setBadgeArchived({ programId, badgeId: first.id, archived: true })).toEqual({
      changed: false,
    });
    const listed = await api.badges({ programId });
    expect(listed).toMatchObject([
      { name: "First sale", archivedAt: expect.any(Date), holders: 0 },
    ]);

    const silver = await api.createTier({
      programId,
      tier: { key: "silver", name: "Silver", minPoints: 500, rateBonusBps: 100 },
    });
    await api.createTier({
      programId,
      tier: {
        key: "gold",
        name: "Gold",
        minPoints: 1500,
        rateBonusBps: 200,
        benefits: "Priority support",
      },
    });
    expect(
      await clientError(
        api.createTier({
          programId,
          tier: { key: "x", name: "X", minPoints: 1, rateBonusBps: 10_001 },
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect((await api.tiers({ programId })).map((t) => t.key)).toEqual(["silver", "gold"]);
    const { enrollment } = await makePartner(programId, { tierKey: "silver" });
    expect(await clientError(api.deleteTier({ programId, tierId: silver.id }))).toMatchObject({
      code: "CONFLICT",
    });
    await api.updateTier({
      programId,
      tierId: silver.id,
      tier: { key: "silver", name: "Silver+", minPoints: 400, rateBonusBps: 150 },
    });
    expect(
      await clientError(
        api.updateTier({
          programId,
          tierId: silver.id,
          tier: { key: "renamed", name: "S", minPoints: 1, rateBonusBps: 0 },
        }),
      ),
    ).toMatchObject({ code: "CONFLICT" });

    // A tier given by hand (the partners console) is one of the program's tiers and is recorded.
    const gold = await makePartner(programId);
    await callerFor(manager.id).manage.partners.setTier({
      programId,
      enrollmentId: gold.enrollment.id,
      tierKey: "gold",
    });
    expect(
      await db.select().from(tierChanges).where(eq(tierChanges.enrollmentId, gold.enrollment.id)),
    ).toMatchObject([{ fromKey: null, toKey: "gold", reason: "manager", actorId: manager.id }]);

    await api.updateSettings({ programId, tierWindowDays: 60, tierGraceDays: 14 });
    expect(await api.settings({ programId })).toEqual({ tierWindowDays: 60, tierGraceDays: 14 });
    const [stored] = await db.select().from(programs).where(eq(programs.id, programId));
    expect(stored).toMatchObject({ tierWindowDays: 60, tierGraceDays: 14 });

    const manual = await api.createBadge({ programId, badge: badge("hero", { kind: "manual" }) });
    expect(
      await api.awardBadge({ programId, badgeId: manual.id, enrollmentId: enrollment.id }),
    ).toEqual({ awarded: true });
    expect(
      await api.awardBadge({ programId, badgeId: manual.id, enrollmentId: enrollment.id }),
    ).toEqual({ awarded: false });
    const byEmail = await makePartner(programId);
    expect(
      await api.awardBadge({
        programId,
        badgeId: manual.id,
        email: byEmail.user.email.toUpperCase(),
      }),
    ).toEqual({ awarded: true });
    const outsider = await makePartner((await makeProgram()).program.id);
    expect(
      (
        await clientError(
          api.awardBadge({ programId, badgeId: manual.id, email: outsider.user.email }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const automatic = await api.createBadge({
      programId,
      badge: badge("auto", { kind: "points", min: 1 }),
    });
    expect(
      await clientError(
        api.awardBadge({ programId, badgeId: automatic.id, enrollmentId: enrollment.id }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });

    const actions = (await db.select().from(auditLog).where(eq(auditLog.programId, programId))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        "pointRules.set",
        "badge.created",
        "badge.updated",
        "badge.archived",
        "tier.created",
        "tier.updated",
        "tierSettings.updated",
        "badge.awarded",
      ]),
    );
  });

  it("ranks partners by points, a page at a time", async () => {
    const { program, manager } = await makeProgram();
    const partners = await Promise.all([1, 2, 3].map(() => makePartner(program.id)));
    for (const [index, partner] of partners.entries()) {
      await db.insert(pointAwards).values({
        programId: program.id,
        enrollmentId: partner.enrollment.id,
        event: "sale",
        points: (index + 1) * 10,
        sourceKey: `test:${index}`,
      });
    }
    const api = callerFor(manager.id).manage.rewards;
    const first = await api.leaderboard({ programId: program.id, limit: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((r) => [r.rank, r.points])).toEqual([
      [1, 30],
      [2, 20],
    ]);
    const second = await api.leaderboard({ programId: program.id, limit: 2, page: 2 });
    expect(second.items.map((r) => [r.rank, r.enrollmentId])).toEqual([
      [3, partners[0]!.enrollment.id],
    ]);
  });

  it("refuses another program's manager and partners", async () => {
    const { program } = await makeProgram();
    const stranger = await makeProgram();
    const { user } = await makePartner(program.id);
    const uuid = "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44";
    for (const caller of [callerFor(stranger.manager.id), callerFor(user.id)]) {
      const api = caller.manage.rewards;
      const programId = program.id;
      const calls = [
        () => api.pointRules({ programId }),
        () => api.setPointRules({ programId, rules: [{ event: "sale", points: 1, active: true }] }),
        () => api.badges({ programId }),
        () => api.createBadge({ programId, badge: badge("b", { kind: "contest" }) }),
        () => api.updateBadge({ programId, badgeId: uuid, badge: badge("b", { kind: "contest" }) }),
        () => api.setBadgeArchived({ programId, badgeId: uuid, archived: true }),
        () => api.awardBadge({ programId, badgeId: uuid, enrollmentId: uuid }),
        () => api.tiers({ programId }),
        () =>
          api.createTier({
            programId,
            tier: { key: "t", name: "T", minPoints: 0, rateBonusBps: 0 },
          }),
        () =>
          api.updateTier({
            programId,
            tierId: uuid,
            tier: { key: "t", name: "T", minPoints: 0, rateBonusBps: 0 },
          }),
        () => api.deleteTier({ programId, tierId: uuid }),
        () => api.settings({ programId }),
        () => api.updateSettings({ programId, tierWindowDays: 30, tierGraceDays: 0 }),
        () => api.leaderboard({ programId }),
        () => api.courses({ programId }),
      ];
      for (const call of calls) expect((await clientError(call())).code).toBe("NOT_FOUND");
    }
  });

  it("answers NOT_FOUND for another program's badge, tier or partner", async () => {
    const mine = await makeProgram();
    const other = await makeProgram();
    const api = callerFor(mine.manager.id).manage.rewards;
    const theirs = callerFor(other.manager.id).manage.rewards;
    const badgeRow = await theirs.createBadge({
      programId: other.program.id,
      badge: badge("m", { kind: "manual" }),
    });
    const tier = await theirs.createTier({
      programId: other.program.id,
      tier: { key: "t", name: "T", minPoints: 0, rateBonusBps: 0 },
    });
    const { enrollment } = await makePartner(other.program.id);
    const ownBadge = await api.createBadge({
      programId: mine.program.id,
      badge: badge("m", { kind: "manual" }),
    });
    const programId = mine.program.id;
    for (const call of [
      () =>
        api.updateBadge({ programId, badgeId: badgeRow.id, badge: badge("m", { kind: "manual" }) }),
      () => api.setBadgeArchived({ programId, badgeId: badgeRow.id, archived: true }),
      () => api.awardBadge({ programId, badgeId: badgeRow.id, enrollmentId: enrollment.id }),
      () => api.awardBadge({ programId, badgeId: ownBadge.id, enrollmentId: enrollment.id }),
      () =>
        api.updateTier({
          programId,
          tierId: tier.id,
          tier: { key: "t", name: "T", minPoints: 0, rateBonusBps: 0 },
        }),
      () => api.deleteTier({ programId, tierId: tier.id }),
    ]) {
      expect((await clientError(call())).code).toBe("NOT_FOUND");
    }
  });
});

describe("partner.rewards", () => {
  it("shows the partner their tier, progress, badges and history", async () => {
    const { program, manager } = await makeProgram();
    const api = callerFor(manager.id).manage.rewards;
    const programId = program.id;
    await api.setPointRules({ programId, rules: [{ event: "sale", points: 100, active: true }] });
    await api.createTier({
      programId,
      tier: { key: "bronze", name: "Bronze", minPoints: 0, rateBonusBps: 0 },
    });
    await api.createTier({
      programId,
      tier: {
        key: "silver",
        name: "Silver",
        minPoints: 400,
        rateBonusBps: 100,
        benefits: "Faster payouts",
      },
    });
    await api.createBadge({ programId, badge: badge("first", { kind: "sales", min: 1 }) });
    await api.createBadge({ programId, badge: badge("ten", { kind: "sales", min: 10 }) });
    const { user, enrollment } = await makePartner(programId);
    for (let i = 0; i < 3; i += 1) await approvedSale(programId, enrollment.id);
    await runAwards(db, { programId });

    const me = callerFor(user.id).partner.rewards;
    expect(await me.programs()).toEqual([
      { id: programId, name: program.name, slug: program.slug },
    ]);
    const summary = await me.summary({ programId });
    expect(summary).toMatchObject({
      points: { total: 300, window: 300, windowDays: 90 },
      tier: { key: "bronze", name: "Bronze" },
      next: { key: "silver", pointsNeeded: 100, progressBps: 7500, courseMissing: false },
      grace: null,
      rules: [{ event: "sale", points: 100 }],
    });
    expect(summary.badges.earned.map((b) => b.name)).toEqual(["Badge first"]);
    expect(summary.badges.available).toMatchObject([
      { name: "Badge ten", criteria: { kind: "sales", min: 10 } },
    ]);
    expect(summary.recentPoints).toHaveLength(3);
    expect(summary.latestBadges.map((b) => b.name)).toEqual(["Badge first"]);

    const page = await me.history({ programId, limit: 2 });
    expect(page.items).toHaveLength(2);
    const rest = await me.history({ programId, limit: 2, cursor: page.nextCursor! });
    expect(rest).toMatchObject({ nextCursor: null });
    expect(rest.items).toHaveLength(1);
    const seen = [...page.items, ...rest.items].map((i) => i.id);
    expect(new Set(seen).size).toBe(3);
    const kinds = await db.select().from(notifications).where(eq(notifications.userId, user.id));
    expect(kinds.map((n) => n.kind).sort()).toEqual(["badge.awarded", "tier.changed"]);
  });

  it("answers NOT_FOUND outside the partner's own programs", async () => {
    const { program } = await makeProgram();
    const { user: member } = await makePartner(program.id);
    const other = await makeProgram();
    const outsider = await makePartner(other.program.id);
    const applied = await makePartner(program.id, { status: "suspended" });
    for (const [userId, programId] of [
      [outsider.user.id, program.id],
      [member.id, other.program.id],
    ] as const) {
      const api = callerFor(userId).partner.rewards;
      expect((await clientError(api.summary({ programId }))).code).toBe("NOT_FOUND");
      expect((await clientError(api.history({ programId }))).code).toBe("NOT_FOUND");
    }
    // A suspended partner still sees their rewards; a cursor of someone else's award pages nothing.
    await expect(
      callerFor(applied.user.id).partner.rewards.summary({ programId: program.id }),
    ).resolves.toBeTruthy();
    expect((await clientError(callerFor(null).partner.rewards.programs())).code).toBe(
      "UNAUTHORIZED",
    );
  });
});
