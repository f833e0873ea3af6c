import { describe, expect, it } from "vitest";
import { callerFor, makeUser } from "../../support/factories";
import { contestInput, contestProgram, day, partnerWithCode, sale } from "./fixtures";

describe("contest preview", () => {
  it("shows last period's requirements and warns about a milestone nobody reached", async () => {
    const { program, manager } = await contestProgram();
    const seller = await partnerWithCode(program.id);
    await sale(program, seller, 5_000, -1);
    await sale(program, seller, 70_000, -3); // outside the one-day comparable period
    const preview = await callerFor(manager.id).manage.contests.preview({
      programId: program.id,
      metric: "revenue",
      startsOn: day(0),
      endsOn: day(0),
      eligibleTierKeys: [],
      prizes: [{ fromRank: 1, toRank: 2, label: "Prize" }],
      milestones: [
        { threshold: "1000", label: "Easy" },
        { threshold: "1000000", label: "Moonshot" },
      ],
    });
    expect(preview.period).toEqual({ from: day(-1), to: day(-1) });
    expect(preview.participants).toBe(1);
    expect(preview.prizes[0]?.ranks).toEqual([
      { rank: 1, required: 5_000n },
      { rank: 2, required: null },
    ]);
    expect(preview.milestones.map((m) => [m.label, m.reachedBy, m.warning])).toEqual([
      ["Easy", 1, null],
      ["Moonshot", 0, "unreachable"],
    ]);
  });
});

describe("contest validation and lifecycle", () => {
  it("refuses bad input, changes to launched contests and windows already over", async () => {
    const { program, manager } = await contestProgram();
    const mgr = callerFor(manager.id).manage.contests;
    const programId = program.id;
    await expect(
      mgr.create({ programId, ...contestInput({ startsOn: day(0), endsOn: day(-1) }) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      mgr.create({ programId, ...contestInput({ startsOn: day(0), endsOn: day(400) }) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      mgr.create({
        programId,
        ...contestInput({
          milestones: [
            { threshold: "500", label: "b" },
            { threshold: "100", label: "a" },
          ],
        }),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      mgr.create({
        programId,
        ...contestInput({
          prizes: [
            { fromRank: 1, toRank: 3, label: "x" },
            { fromRank: 2, toRank: 4, label: "y" },
          ],
        }),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      mgr.create({
        programId,
        ...contestInput({ leagues: [{ key: "big", label: "Big", minValue: "100" }] }),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const past = await mgr.create({
      programId,
      ...contestInput({ startsOn: day(-9), endsOn: day(-2) }),
    });
    await expect(mgr.launch({ programId, contestId: past.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const { id } = await mgr.create({
      programId,
      ...contestInput({ startsOn: day(3), endsOn: day(9) }),
    });
    await mgr.update({
      programId,
      contestId: id,
      ...contestInput({ name: "Renamed", startsOn: day(3), endsOn: day(9) }),
    });
    expect((await mgr.get({ programId, contestId: id })).name).toBe("Renamed");
    expect((await mgr.launch({ programId, contestId: id })).status).toBe("scheduled");
    await expect(mgr.update({ programId, contestId: id, ...contestInput() })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    await expect(mgr.launch({ programId, contestId: id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const list = await mgr.list({ programId, page: 1 });
    expect(list.items.map((c) => [c.id, c.status])).toContainEqual([id, "scheduled"]);
    expect((await mgr.cancel({ programId, contestId: id })).status).toBe("cancelled");
    await expect(mgr.cancel({ programId, contestId: id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("contest access", () => {
  it("refuses another program's manager and partner on every procedure", async () => {
    const { program, manager } = await contestProgram();
    const member = await partnerWithCode(program.id);
    const { id } = await callerFor(manager.id).manage.contests.create({
      programId: program.id,
      ...contestInput(),
    });
    await callerFor(manager.id).manage.contests.launch({ programId: program.id, contestId: id });

    const other = await contestProgram();
    const outsider = await partnerWithCode(other.program.id);
    const stranger = callerFor(other.manager.id).manage.contests;
    const notFound = { code: "NOT_FOUND" };
    // Their own program id with our contest id: the contest is not theirs.
    const theirs = { programId: other.program.id, contestId: id };
    await expect(stranger.get(theirs)).rejects.toMatchObject(notFound);
    await expect(stranger.launch(theirs)).rejects.toMatchObject(notFound);
    await expect(stranger.cancel(theirs)).rejects.toMatchObject(notFound);
    await expect(stranger.leaderboard({ ...theirs, page: 1 })).rejects.toMatchObject(notFound);
    await expect(stranger.update({ ...theirs, ...contestInput() })).rejects.toMatchObject(notFound);
    // Our program id: not their membership.
    const ours = { programId: program.id, contestId: id };
    await expect(stranger.get(ours)).rejects.toMatchObject(notFound);
    await expect(stranger.list({ programId: program.id, page: 1 })).rejects.toMatchObject(notFound);
    await expect(
      stranger.create({ programId: program.id, ...contestInput() }),
    ).rejects.toMatchObject(notFound);
    await expect(
      stranger.preview({ programId: program.id, ...contestInput() }),
    ).rejects.toMatchObject(notFound);
    await expect(stranger.leaderboard({ ...ours, page: 1 })).rejects.toMatchObject(notFound);
    await expect(stranger.launch(ours)).rejects.toMatchObject(notFound);
    await expect(stranger.cancel(ours)).rejects.toMatchObject(notFound);

    const partnerApi = callerFor(outsider.user.id).partner.contests;
    await expect(partnerApi.get({ contestId: id })).rejects.toMatchObject(notFound);
    expect((await partnerApi.list({ page: 1 })).items).toEqual([]);
    const nobody = await makeUser();
    await expect(
      callerFor(nobody.id).partner.contests.get({ contestId: id }),
    ).rejects.toMatchObject(notFound);
    // A partner of the program can, and a manager is not a partner.
    await expect(
      callerFor(member.user.id).partner.contests.get({ contestId: id }),
    ).resolves.toMatchObject({ status: "running" });
    await expect(
      callerFor(manager.id).partner.contests.get({ contestId: id }),
    ).rejects.toMatchObject(notFound);
    await expect(callerFor(null).partner.contests.list({ page: 1 })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
