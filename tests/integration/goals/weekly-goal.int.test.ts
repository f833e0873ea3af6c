/**
 * partner.goals: a partner's weekly goal in one program, set, read and cleared through the
 * procedures, with progress from clicks and sales written by the real writers, the streak of
 * met weeks, input validation, and strangers refused.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { enrollments, partnerGoals, users } from "~/server/db/schema/index";
import { goalWeek } from "~/server/services/goals/week";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import { addLink } from "../conversions/fixtures";
import { goalsProgram, inWeek, mondayOf, thisWeek, track } from "./fixtures";

let world: Awaited<ReturnType<typeof goalsProgram>>;
beforeAll(async () => {
  world = await goalsProgram();
});

const goalOf = async (enrollmentId: string) => {
  const [row] = await db
    .select()
    .from(partnerGoals)
    .where(eq(partnerGoals.enrollmentId, enrollmentId));
  return row ?? null;
};

describe("setting, reading and clearing a goal", () => {
  it("has no goal at first, and says which week it is", async () => {
    const partner = await makePartner(world.program.id);
    const view = await callerFor(partner.user.id).partner.goals.get({
      programId: world.program.id,
    });
    expect(view).toEqual({
      goal: null,
      week: thisWeek(),
      value: 0n,
      percent: 0,
      met: false,
      weeksMetStreak: 0,
    });
  });

  it("sets, changes and clears the partner's own goal, starting this week", async () => {
    const partner = await makePartner(world.program.id);
    const caller = callerFor(partner.user.id);
    const programId = world.program.id;
    const set = await caller.partner.goals.set({
      programId,
      goal: { metric: "clicks", target: 500n },
    });
    expect(set.goal).toEqual({ metric: "clicks", target: 500n, since: thisWeek().from });
    expect(await caller.partner.goals.get({ programId })).toEqual(set);

    const changed = await caller.partner.goals.set({
      programId,
      goal: { metric: "commission", target: 50_000n },
    });
    expect(changed.goal).toMatchObject({ metric: "commission", target: 50_000n });
    const row = await goalOf(partner.enrollment.id);
    expect(row).toMatchObject({ metric: "commission", target: 50_000n });

    const cleared = await caller.partner.goals.clear({ programId });
    expect(cleared.goal).toBeNull();
    expect(await goalOf(partner.enrollment.id)).toBeNull();
    // Clearing twice is harmless.
    expect((await caller.partner.goals.clear({ programId })).goal).toBeNull();
  });

  it("reads the week on the partner's own calendar", async () => {
    const partner = await makePartner(world.program.id);
    await db
      .update(users)
      .set({ timeZone: "Pacific/Kiritimati" })
      .where(eq(users.id, partner.user.id));
    const view = await callerFor(partner.user.id).partner.goals.get({
      programId: world.program.id,
    });
    expect(view.week).toEqual(goalWeek(new Date(), "Pacific/Kiritimati"));
  });
});

describe("progress this week", () => {
  it("counts this week's clicks from the rollups, and nothing from other weeks or partners", async () => {
    const { program, me, other } = world;
    await track(world.link, inWeek(0), 3);
    await track(world.link, inWeek(1), 40);
    await track(await addLink(program.id, other.enrollment.id), inWeek(0), 7);
    const view = await callerFor(me.user.id).partner.goals.set({
      programId: program.id,
      goal: { metric: "clicks", target: 4n },
    });
    expect(view).toMatchObject({ value: 3n, percent: 7500, met: false, weeksMetStreak: 0 });

    await track(world.link, inWeek(0), 2);
    const after = await callerFor(me.user.id).partner.goals.get({ programId: program.id });
    expect(after).toMatchObject({ value: 5n, percent: 10_000, met: true, weeksMetStreak: 1 });
  });

  it("counts conversions and commission in minor units", async () => {
    const { program } = world;
    const partner = await makePartner(program.id);
    const link = await addLink(program.id, partner.enrollment.id);
    const [first, second] = await track(link, inWeek(0), 2);
    await world.sale(first!, 10_000, inWeek(0));
    await world.sale(second!, 2_550, inWeek(0));
    const caller = callerFor(partner.user.id);
    const conversions = await caller.partner.goals.set({
      programId: program.id,
      goal: { metric: "conversions", target: 3n },
    });
    expect(conversions).toMatchObject({ value: 2n, percent: 6666, met: false });
    // 10 % of 100.00 + 25.50 EUR = 12.55 EUR = 1,255 minor units.
    const commission = await caller.partner.goals.set({
      programId: program.id,
      goal: { metric: "commission", target: 1_255n },
    });
    expect(commission).toMatchObject({ value: 1_255n, percent: 10_000, met: true });
  });
});

describe("the streak of met weeks", () => {
  it("counts weeks met in a row since the goal was set, this one once met", async () => {
    const { program } = world;
    const partner = await makePartner(program.id);
    const link = await addLink(program.id, partner.enrollment.id);
    // Five weeks ago 10 (before the goal), four weeks ago 2 (missed), then 10, 12, 10; now 4.
    for (const [weeksAgo, clicks] of [
      [5, 10],
      [4, 2],
      [3, 10],
      [2, 12],
      [1, 10],
      [0, 4],
    ] as const) {
      await track(link, inWeek(weeksAgo), clicks);
    }
    const caller = callerFor(partner.user.id);
    const programId = program.id;
    await caller.partner.goals.set({ programId, goal: { metric: "clicks", target: 10n } });
    // As if set on the Monday five weeks ago.
    await db
      .update(partnerGoals)
      .set({ since: mondayOf(5) })
      .where(eq(partnerGoals.enrollmentId, partner.enrollment.id));
    expect(await caller.partner.goals.get({ programId })).toMatchObject({
      value: 4n,
      met: false,
      weeksMetStreak: 3,
    });

    // Weeks before the goal's first Monday do not count.
    await db
      .update(partnerGoals)
      .set({ since: mondayOf(2) })
      .where(eq(partnerGoals.enrollmentId, partner.enrollment.id));
    expect((await caller.partner.goals.get({ programId })).weeksMetStreak).toBe(2);
    await db
      .update(partnerGoals)
      .set({ since: mondayOf(5) })
      .where(eq(partnerGoals.enrollmentId, partner.enrollment.id));

    // A higher target keeps the weeks counted, measured against it: only the week of 12
    // reaches 11, and the week after it did not.
    const higher = await caller.partner.goals.set({
      programId,
      goal: { metric: "clicks", target: 11n },
    });
    expect(higher.goal?.since).toBe(mondayOf(5));
    expect(higher.weeksMetStreak).toBe(0);

    // A lower target starts over this week, so no past week counts until this one is met.
    const lower = await caller.partner.goals.set({
      programId,
      goal: { metric: "clicks", target: 4n },
    });
    expect(lower).toMatchObject({ met: true, weeksMetStreak: 1 });
    expect(lower.goal?.since).toBe(thisWeek().from);
  });
});

describe("validation", () => {
  const bad = [
    { metric: "clicks", target: 0n },
    { metric: "clicks", target: -5n },
    { metric: "clicks", target: 100_000_001n },
    { metric: "conversions", target: 1_000_001n },
    { metric: "commission", target: 1_000_000_000_001n },
    { metric: "sales", target: 10n },
    { metric: "clicks", target: 10 },
    { metric: "clicks" },
  ];

  it("refuses targets that are not positive whole numbers within bounds, and unknown metrics", async () => {
    const caller = callerFor(world.other.user.id);
    for (const goal of bad) {
      await expect(
        // @ts-expect-error: deliberately malformed input
        caller.partner.goals.set({ programId: world.program.id, goal }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await goalOf(world.other.enrollment.id)).toBeNull();
  });

  it("takes the largest target of each metric", async () => {
    const caller = callerFor(world.other.user.id);
    const programId = world.program.id;
    for (const goal of [
      { metric: "clicks", target: 100_000_000n },
      { metric: "conversions", target: 1_000_000n },
      { metric: "commission", target: 1_000_000_000_000n },
    ] as const) {
      expect((await caller.partner.goals.set({ programId, goal })).goal).toMatchObject(goal);
    }
    await caller.partner.goals.clear({ programId });
  });
});

describe("who may use a goal", () => {
  const calls = (caller: ReturnType<typeof callerFor>, programId = world.program.id) => [
    () => caller.partner.goals.get({ programId }),
    () => caller.partner.goals.set({ programId, goal: { metric: "clicks", target: 1n } }),
    () => caller.partner.goals.clear({ programId }),
  ];

  it("keeps each partner's goal their own", async () => {
    const { program, me, other } = world;
    await callerFor(me.user.id).partner.goals.set({
      programId: program.id,
      goal: { metric: "conversions", target: 9n },
    });
    expect(
      (await callerFor(other.user.id).partner.goals.get({ programId: program.id })).goal,
    ).toBeNull();
    await callerFor(other.user.id).partner.goals.clear({ programId: program.id });
    expect(await goalOf(me.enrollment.id)).toMatchObject({ metric: "conversions", target: 9n });
  });

  it("answers NOT_FOUND to a partner of another program, a user in none and the manager", async () => {
    const elsewhere = await makeProgram();
    const foreign = await makePartner(elsewhere.program.id);
    const nobody = await makeUser();
    for (const userId of [foreign.user.id, nobody.id, world.manager.id]) {
      for (const call of calls(callerFor(userId))) {
        await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    }
    // Their own program's id does not reach this one's goals either.
    await callerFor(foreign.user.id).partner.goals.set({
      programId: elsewhere.program.id,
      goal: { metric: "clicks", target: 3n },
    });
    expect(await goalOf(world.me.enrollment.id)).toMatchObject({ metric: "conversions" });
  });

  it("refuses an applicant and anyone signed out, and lets a suspended partner keep a goal", async () => {
    const applicant = await makeUser();
    await db.insert(enrollments).values({
      programId: world.program.id,
      partnerId: applicant.id,
      status: "applied",
      acceptedTermsVersion: 1,
    });
    for (const call of calls(callerFor(applicant.id))) {
      await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const call of calls(callerFor(null))) {
      await expect(call()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    const suspended = await makePartner(world.program.id, { status: "suspended" });
    const view = await callerFor(suspended.user.id).partner.goals.set({
      programId: world.program.id,
      goal: { metric: "clicks", target: 10n },
    });
    expect(view.goal).toMatchObject({ metric: "clicks", target: 10n });
  });
});
