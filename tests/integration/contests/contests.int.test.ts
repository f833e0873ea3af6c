import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  contestMilestoneAwards,
  contestResults,
  emails,
  notifications,
  pointAwards,
} from "~/server/db/schema/index";
import { awardContestMilestones } from "~/server/services/contests/award-milestones";
import { freezeDueContests } from "~/server/services/contests/freeze-contest";
import { emailWinners } from "~/server/services/contests/notify-winners";
import { recordRefund } from "~/server/services/conversions/record-refund";
import { db } from "../../support/db";
import { callerFor } from "../../support/factories";
import { contestInput, contestProgram, day, partnerWithCode, sale } from "./fixtures";

const tomorrow = day(1);

describe("a contest run end to end", () => {
  it("ranks live from the rollups, awards milestones once, freezes once, ignores late refunds", async () => {
    const { program, manager } = await contestProgram();
    const alice = await partnerWithCode(program.id);
    const bob = await partnerWithCode(program.id);
    const carol = await partnerWithCode(program.id);
    const dave = await partnerWithCode(program.id); // no sales: never on the table
    const eve = await partnerWithCode(program.id);
    const aliceSale = await sale(program, alice, 10_000, -2);
    await sale(program, alice, 5_000, -1);
    const bobSale = await sale(program, bob, 12_000, 0);
    await sale(program, carol, 3_000, -1);
    await sale(program, carol, 50_000, -5); // before the window
    await sale(program, eve, 99_999, 0);
    await db.execute(
      // Suspended after selling: drops out of the contest.
      (await import("drizzle-orm"))
        .sql`update enrollments set status = 'suspended' where id = ${eve.enrollment.id}`,
    );

    const mgr = callerFor(manager.id).manage.contests;
    const { id } = await mgr.create({
      programId: program.id,
      ...contestInput({
        prizes: [
          { fromRank: 1, toRank: 1, label: "Gold", points: 100 },
          { fromRank: 2, toRank: 3, label: "Silver" },
        ],
        milestones: [
          { threshold: "10000", label: "Ten" },
          { threshold: "20000", label: "Twenty", points: 5 },
        ],
      }),
    });
    const launched = await mgr.launch({ programId: program.id, contestId: id });
    expect(launched.status).toBe("running");
    const started = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.programId, program.id), eq(notifications.kind, "contest.started")),
      );
    expect(started).toHaveLength(4); // the four approved partners, not the suspended one

    const asAlice = await callerFor(alice.user.id).partner.contests.get({ contestId: id });
    expect(asAlice.me).toMatchObject({ rank: 1, value: 15_000n, gapToNext: null });
    expect(asAlice.me.nextMilestone).toMatchObject({
      threshold: "20000",
      remaining: 5_000n,
      progressBps: 7_500,
    });
    expect(asAlice.me.reachedMilestones.map((m) => m.label)).toEqual(["Ten"]);
    expect(asAlice.top.map((r) => [r.rank, r.value, r.isMe])).toEqual([
      [1, 15_000n, true],
      [2, 12_000n, false],
      [3, 3_000n, false],
    ]);
    expect(asAlice.totalRanked).toBe(3);
    expect(asAlice.top[0]?.prizeLabel).toBe("Gold");

    const asBob = await callerFor(bob.user.id).partner.contests.get({ contestId: id });
    expect(asBob.me).toMatchObject({ rank: 2, gapToNext: 3_001n });
    const asDave = await callerFor(dave.user.id).partner.contests.get({ contestId: id });
    expect(asDave.me).toMatchObject({ rank: null, value: 0n, gapToNext: 3_001n });
    expect(asDave.top).toHaveLength(3); // never padded
    await expect(
      callerFor(eve.user.id).partner.contests.get({ contestId: id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const list = await callerFor(alice.user.id).partner.contests.list({ page: 1 });
    expect(list.items.find((i) => i.contest.id === id)).toMatchObject({ rank: 1, value: 15_000n });

    expect(await awardContestMilestones(db)).toBeGreaterThanOrEqual(2);
    expect(await awardContestMilestones(db)).toBe(0);
    const awards = await db
      .select()
      .from(contestMilestoneAwards)
      .where(eq(contestMilestoneAwards.contestId, id));
    expect(awards.map((a) => a.milestoneIndex).sort()).toEqual([0, 0]);

    // A refund before the freeze: live revenue counts sales as booked, the freeze deducts it.
    await recordRefund({ db, program }, bobSale, { refund_id: "early", amount: 3_000 });
    const bobLive = await callerFor(bob.user.id).partner.contests.get({ contestId: id });
    expect(bobLive.me.value).toBe(12_000n);

    const first = await freezeDueContests(db, tomorrow);
    expect(first.frozen).toContain(id);
    const again = await freezeDueContests(db, tomorrow);
    expect(again.frozen).not.toContain(id);
    const results = await db
      .select()
      .from(contestResults)
      .where(eq(contestResults.contestId, id))
      .orderBy(contestResults.rank);
    expect(
      results.map((r) => [r.enrollmentId, r.rank, r.value, r.prizeLabel, r.milestonesReached]),
    ).toEqual([
      [alice.enrollment.id, 1, 15_000n, "Gold", 1],
      [bob.enrollment.id, 2, 9_000n, "Silver", 0],
      [carol.enrollment.id, 3, 3_000n, "Silver", 0],
    ]);
    const prizePoints = await db
      .select()
      .from(pointAwards)
      .where(eq(pointAwards.sourceKey, `contest:${id}:prize`));
    expect(prizePoints.map((p) => [p.enrollmentId, p.points])).toEqual([
      [alice.enrollment.id, 100],
    ]);
    const finals = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.programId, program.id), eq(notifications.kind, "contest.final")));
    expect(finals).toHaveLength(3);
    const winnersOfThis = first.winners.filter((w) => w.contestId === id);
    expect(await emailWinners(db, winnersOfThis)).toBe(3);
    const mail = await db.select().from(emails).where(eq(emails.to, alice.user.email));
    expect(mail.map((m) => m.template)).toContain("contestResults");

    // After the freeze: a refund changes nothing but is recorded for the managers.
    await recordRefund({ db, program }, aliceSale, { refund_id: "late", amount: 10_000 });
    const finalView = await callerFor(alice.user.id).partner.contests.get({ contestId: id });
    expect(finalView.status).toBe("final");
    expect(finalView.me).toMatchObject({ rank: 1, value: 15_000n, prizeLabel: "Gold" });
    const board = await mgr.leaderboard({ programId: program.id, contestId: id, page: 1 });
    expect(board.entries.map((e) => [e.rank, e.value, e.lateRefunds])).toEqual([
      [1, 15_000n, 10_000n],
      [2, 9_000n, 0n],
      [3, 3_000n, 0n],
    ]);
    expect(board.entries[0]?.email).toBe(alice.user.email);
  });
});

describe("ties, leagues, eligibility and privacy", () => {
  it("breaks ties by the day the total was reached, then by who joined first", async () => {
    const { program, manager } = await contestProgram();
    const p1 = await partnerWithCode(program.id);
    const p2 = await partnerWithCode(program.id);
    const p3 = await partnerWithCode(program.id);
    const p4 = await partnerWithCode(program.id);
    await sale(program, p2, 100, -1);
    await sale(program, p1, 100, -2);
    await sale(program, p4, 100, 0);
    await sale(program, p3, 100, 0);
    const mgr = callerFor(manager.id).manage.contests;
    const { id } = await mgr.create({
      programId: program.id,
      ...contestInput({ metric: "sales" }),
    });
    await mgr.launch({ programId: program.id, contestId: id });
    const board = await mgr.leaderboard({ programId: program.id, contestId: id, page: 1 });
    expect(board.entries.map((e) => [e.enrollmentId, e.rank])).toEqual([
      [p1.enrollment.id, 1],
      [p2.enrollment.id, 2],
      [p3.enrollment.id, 3],
      [p4.enrollment.id, 4],
    ]);
    const asP4 = await callerFor(p4.user.id).partner.contests.get({ contestId: id });
    expect(asP4.me).toMatchObject({ rank: 4, value: 1n, gapToNext: 1n });
  });

  it("ranks within leagues fixed at launch and admits only the named tiers", async () => {
    const { program, manager } = await contestProgram();
    const big = await partnerWithCode(program.id, { tierKey: "gold" });
    const small = await partnerWithCode(program.id, { tierKey: "gold" });
    const other = await partnerWithCode(program.id, { tierKey: "silver" });
    await sale(program, big, 60_000, -4); // comparable period: days -5..-3
    await sale(program, big, 100, 0);
    await sale(program, small, 5_000, 0);
    await sale(program, other, 9_000, 0);
    const mgr = callerFor(manager.id).manage.contests;
    const { id } = await mgr.create({
      programId: program.id,
      ...contestInput({
        eligibleTierKeys: ["gold"],
        leagues: [
          { key: "small", label: "Rising", minValue: "0" },
          { key: "big", label: "Top sellers", minValue: "50000" },
        ],
      }),
    });
    await mgr.launch({ programId: program.id, contestId: id });
    const asSmall = await callerFor(small.user.id).partner.contests.get({ contestId: id });
    expect(asSmall.me).toMatchObject({ rank: 1, league: { key: "small", label: "Rising" } });
    expect(asSmall.top).toHaveLength(1);
    const asBig = await callerFor(big.user.id).partner.contests.get({ contestId: id });
    expect(asBig.me).toMatchObject({ rank: 1, value: 100n, league: { key: "big" } });
    await expect(
      callerFor(other.user.id).partner.contests.get({ contestId: id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const otherList = await callerFor(other.user.id).partner.contests.list({ page: 1 });
    expect(otherList.items.map((i) => i.contest.id)).not.toContain(id);
    const bigBoard = await mgr.leaderboard({
      programId: program.id,
      contestId: id,
      league: "big",
      page: 1,
    });
    expect(bigBoard.entries.map((e) => e.enrollmentId)).toEqual([big.enrollment.id]);
  });

  it("shows aliases and hides others' amounts, but never the viewer's own", async () => {
    const { program, manager } = await contestProgram();
    const a = await partnerWithCode(program.id);
    const b = await partnerWithCode(program.id);
    await sale(program, a, 7_000, 0);
    await sale(program, b, 4_000, 0);
    const mgr = callerFor(manager.id).manage.contests;
    const { id } = await mgr.create({
      programId: program.id,
      ...contestInput({ showAliases: true, hideAmounts: true }),
    });
    await mgr.launch({ programId: program.id, contestId: id });
    const view = await callerFor(b.user.id).partner.contests.get({ contestId: id });
    expect(view.top[0]).toMatchObject({ rank: 1, value: null, isMe: false });
    expect(view.top[0]?.displayName.kind).toBe("alias");
    expect(view.top[1]).toMatchObject({
      rank: 2,
      value: 4_000n,
      isMe: true,
      displayName: { kind: "name", name: "Test Person" },
    });
    expect(view.me.gapToNext).toBeNull(); // it would give the hidden amount away
    expect(JSON.stringify(view.top[0])).not.toContain(a.enrollment.id);
    const names = await db
      .select()
      .from(notifications)
      .where(like(notifications.kind, "contest.%"));
    expect(names.length).toBeGreaterThan(0);
  });
});
