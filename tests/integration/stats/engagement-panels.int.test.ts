import { describe, expect, it } from "vitest";
import { pointRules, tiers } from "~/server/db/schema/index";
import { awardPoints } from "~/server/services/gamification/award";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { makeCourse } from "../academy/fixtures";
import { contestInput, contestProgram, day, partnerWithCode, sale } from "../contests/fixtures";
import { DAY, insertWebinar } from "../webinars/fixtures";

describe("dashboard engagement panels", () => {
  it("show the partner's running contest, next webinar, training and tier", async () => {
    const { program, manager } = await contestProgram();
    const manage = callerFor(manager.id).manage;
    const me = await partnerWithCode(program.id);
    const rival = await partnerWithCode(program.id);
    await sale(program, me, 10_000, 0);
    await sale(program, rival, 25_000, 0);
    const { id: contestId } = await manage.contests.create({
      programId: program.id,
      ...contestInput({
        startsOn: day(-1),
        endsOn: day(3),
        milestones: [{ threshold: "50000", label: "Half way" }],
      }),
    });
    await manage.contests.launch({ programId: program.id, contestId });
    // A webinar of another program never shows; the earliest one of this program does.
    const other = await makeProgram();
    await insertWebinar(other.program.id, {
      title: "Elsewhere",
      startsAt: new Date(Date.now() + DAY),
    });
    await insertWebinar(program.id, { title: "Later", startsAt: new Date(Date.now() + 5 * DAY) });
    await insertWebinar(program.id, { title: "Soonest", startsAt: new Date(Date.now() + 2 * DAY) });
    const { courseId } = await makeCourse(manager.id, program.id);
    await manage.academy.setCourseStatus({ programId: program.id, courseId, status: "published" });
    await db
      .insert(tiers)
      .values([{ programId: program.id, key: "silver", name: "Silver", minPoints: 100 }]);
    await db.insert(pointRules).values({ programId: program.id, event: "sale", points: 30 });
    await awardPoints(db, {
      programId: program.id,
      enrollmentId: me.enrollment.id,
      event: "sale",
      sourceKey: "conversion:panel-test",
    });

    const panels = await callerFor(me.user.id).partner.dashboard.engagement({
      programId: program.id,
    });

    expect(panels.contests).toHaveLength(1);
    expect(panels.contests[0]).toMatchObject({ id: contestId, rank: 2, totalRanked: 2 });
    expect(panels.contests[0]!.value).toBe(10_000n);
    expect(panels.contests[0]!.nextMilestone).toMatchObject({ remaining: 40_000n });
    expect(panels.nextWebinar?.title).toBe("Soonest");
    expect(panels.training).toMatchObject({ completed: 0, total: 1 });
    expect(panels.training.next?.id).toBe(courseId);
    expect(panels.rewards.points.total).toBe(30);
    expect(panels.rewards.next).toMatchObject({ name: "Silver", pointsNeeded: 70 });
  });

  it("are empty, not invented, for a partner with nothing going on", async () => {
    const { program } = await makeProgram();
    const { user } = await makePartner(program.id);
    const panels = await callerFor(user.id).partner.dashboard.engagement({
      programId: program.id,
    });
    expect(panels.contests).toEqual([]);
    expect(panels.nextWebinar).toBeNull();
    expect(panels.training).toMatchObject({ completed: 0, total: 0, next: null });
    expect(panels.rewards).toMatchObject({ tier: null, next: null, latestBadges: [] });
  });

  it("refuse another program's partner and an applicant", async () => {
    const { program } = await makeProgram();
    const other = await makeProgram();
    const { user: stranger } = await makePartner(other.program.id);
    await expect(
      callerFor(stranger.id).partner.dashboard.engagement({ programId: program.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Like the rest of the dashboard: an applicant is told why there is nothing to show.
    const { user: applicant } = await makePartner(program.id, { status: "applied" });
    await expect(
      callerFor(applicant.id).partner.dashboard.engagement({ programId: program.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      callerFor(null).partner.dashboard.engagement({ programId: program.id }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
