import { describe, expect, it } from "vitest";
import { defaultContestWindow } from "~/server/services/contests/contest-defaults-rules";
import { comparablePeriod } from "~/server/services/contests/status";
import { dayCount } from "~/lib/dates";
import { callerFor, makeUser } from "../../support/factories";
import { contestInput, contestProgram, day, partnerWithCode, sale, today } from "./fixtures";

/** The day offset (from today) of the last day of the period the defaults compare with. */
function lastComparableOffset() {
  const window = defaultContestWindow(today);
  const period = comparablePeriod(window.startsOn, window.endsOn, today);
  return { window, period, offset: -(dayCount(period.to, today) - 1) };
}

describe("new contest defaults", () => {
  it("suggest this month's window and targets last period's partners really reached", async () => {
    const { program, manager } = await contestProgram();
    const { window, period, offset } = lastComparableOffset();
    const amounts = [130_000, 42_000, 16_000, 9_100, 5_000, 2_600, 700];
    for (const amount of amounts)
      await sale(program, await partnerWithCode(program.id), amount, offset);
    // Before the period: not counted.
    await sale(program, await partnerWithCode(program.id), 999_000, offset - 40);

    const mgr = callerFor(manager.id).manage.contests;
    const defaults = await mgr.defaults({ programId: program.id });
    expect(defaults).toMatchObject({ metric: "revenue", ...window, period, participants: 7 });
    expect(defaults.prizes.map((p) => [p.fromRank, p.toRank, p.kind])).toEqual([
      [1, 1, "winner"],
      [2, 3, "runnerUp"],
    ]);
    expect(defaults.milestones.map((m) => [m.threshold, m.kind])).toEqual([
      ["9000", "steady"],
      ["16000", "podium"],
      ["130000", "record"],
    ]);

    // The fairness preview of exactly these defaults flags nothing.
    const preview = await mgr.preview({
      programId: program.id,
      metric: defaults.metric,
      startsOn: defaults.startsOn,
      endsOn: defaults.endsOn,
      eligibleTierKeys: [],
      prizes: defaults.prizes.map((p) => ({
        fromRank: p.fromRank,
        toRank: p.toRank,
        label: p.kind,
      })),
      milestones: defaults.milestones.map((m) => ({ threshold: m.threshold, label: m.kind })),
    });
    expect(preview.period).toEqual(defaults.period);
    expect(preview.milestones.map((m) => m.reachedBy)).toEqual([4, 3, 1]);
    expect(preview.prizes[0]?.ranks).toEqual([{ rank: 1, required: 130_000n }]);
  });

  it("suggest a podium without milestones for a program with no sales yet", async () => {
    const { program, manager } = await contestProgram();
    const defaults = await callerFor(manager.id).manage.contests.defaults({
      programId: program.id,
    });
    expect(defaults.participants).toBe(0);
    expect(defaults.milestones).toEqual([]);
    expect(defaults.prizes).toHaveLength(1);
  });

  it("are refused to another program's manager, a partner and the signed-out", async () => {
    const { program } = await contestProgram();
    const member = await partnerWithCode(program.id);
    const other = await contestProgram();
    const notFound = { code: "NOT_FOUND" };
    const ref = { programId: program.id };
    await expect(callerFor(other.manager.id).manage.contests.defaults(ref)).rejects.toMatchObject(
      notFound,
    );
    await expect(callerFor(member.user.id).manage.contests.defaults(ref)).rejects.toMatchObject(
      notFound,
    );
    const nobody = await makeUser();
    await expect(callerFor(nobody.id).manage.contests.defaults(ref)).rejects.toMatchObject(
      notFound,
    );
    await expect(callerFor(null).manage.contests.defaults(ref)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("create and launch", () => {
  it("launches the new contest at once, and leaves no draft when the launch is refused", async () => {
    const { program, manager } = await contestProgram();
    const mgr = callerFor(manager.id).manage.contests;
    const programId = program.id;
    const launched = await mgr.createAndLaunch({
      programId,
      ...contestInput({ name: "Sprint", startsOn: day(-1), endsOn: day(5) }),
    });
    expect(launched).toMatchObject({ name: "Sprint", status: "running" });
    expect(launched.launchedAt).toBeInstanceOf(Date);
    expect((await mgr.get({ programId, contestId: launched.id })).status).toBe("running");

    await expect(
      mgr.createAndLaunch({ programId, ...contestInput({ startsOn: day(-9), endsOn: day(-2) }) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const list = await mgr.list({ programId, page: 1 });
    expect(list.items.map((c) => c.id)).toEqual([launched.id]);
  });

  it("is refused to another program's manager and a partner", async () => {
    const { program } = await contestProgram();
    const member = await partnerWithCode(program.id);
    const other = await contestProgram();
    const input = { programId: program.id, ...contestInput() };
    await expect(
      callerFor(other.manager.id).manage.contests.createAndLaunch(input),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(member.user.id).manage.contests.createAndLaunch(input),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(null).manage.contests.createAndLaunch(input)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
