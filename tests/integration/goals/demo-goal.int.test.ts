/**
 * The demo partner's goal: one the last three whole weeks reached, counted from five weeks
 * back, so a fresh demo shows progress and a streak; written once.
 */
import { describe, expect, it } from "vitest";
import { roundTarget, seedDemoGoal } from "~/server/seed/demo-goals";
import { db } from "../../support/db";
import { callerFor, makePartner } from "../../support/factories";
import { addLink } from "../conversions/fixtures";
import { goalsProgram, inWeek, mondayOf, track } from "./fixtures";

describe("roundTarget", () => {
  it("keeps two significant digits", () => {
    expect([7n, 42n, 99n, 100n, 1_234n, 98_765n].map(roundTarget)).toEqual([
      7n,
      42n,
      99n,
      100n,
      1_200n,
      98_000n,
    ]);
  });
});

describe("seedDemoGoal", () => {
  it("sets a conversions goal every recent week reached, with its streak", async () => {
    const world = await goalsProgram();
    const partner = await makePartner(world.program.id);
    const link = await addLink(world.program.id, partner.enrollment.id);
    for (const [weeksAgo, sales] of [
      [3, 4],
      [2, 3],
      [1, 5],
      [0, 1],
    ] as const) {
      const clicks = await track(link, inWeek(weeksAgo), sales);
      for (const click of clicks) await world.sale(click, 1_000, inWeek(weeksAgo));
    }
    const ids = { programId: world.program.id, enrollmentId: partner.enrollment.id };
    expect(await seedDemoGoal(db, ids)).toEqual({ metric: "conversions", target: 3n });
    const view = await callerFor(partner.user.id).partner.goals.get({
      programId: world.program.id,
    });
    expect(view).toMatchObject({
      goal: { metric: "conversions", target: 3n, since: mondayOf(5) },
      value: 1n,
      met: false,
      weeksMetStreak: 3,
    });
    // Once there is a goal, seeding again leaves it alone.
    expect(await seedDemoGoal(db, ids)).toBeNull();
  });

  it("falls back to clicks for a partner without a few sales every week", async () => {
    const world = await goalsProgram();
    const link = await addLink(world.program.id, world.other.enrollment.id);
    for (const weeksAgo of [1, 2, 3]) await track(link, inWeek(weeksAgo), 123);
    const ids = { programId: world.program.id, enrollmentId: world.other.enrollment.id };
    expect(await seedDemoGoal(db, ids)).toEqual({ metric: "clicks", target: 120n });
  });
});
