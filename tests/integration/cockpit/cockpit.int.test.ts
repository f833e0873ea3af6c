/**
 * The cockpit (manage.cockpit.get) and the console home (manage.cockpit.home): figures equal
 * what the conversion writer recorded, compared with the same days of the previous month; the
 * attention counts match the rows made, near misses left out; strangers are refused.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createProgram } from "~/server/services/programs/create-program";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, programInput } from "../../support/factories";
import { cockpitProgram } from "./fixtures";

let fx: Awaited<ReturnType<typeof cockpitProgram>>;
beforeAll(async () => {
  fx = await cockpitProgram();
});

const asManager = () => callerFor(fx.manager.id);

describe("manage.cockpit.get", () => {
  it("compares this month to date with the same days of the previous month", async () => {
    const cockpit = await asManager().manage.cockpit.get({ programId: fx.program.id });
    expect(cockpit.span).toEqual(fx.span);
    expect(cockpit.isNew).toBe(false);
    expect(cockpit.kpis.current).toMatchObject({
      revenue: 35_000n,
      partnerRevenue: 30_000n,
      commission: 3_000n,
      activePartners: 1,
      conversions: { sale: 2, total: 2 },
      partnerShare: 0.8571,
    });
    expect(cockpit.kpis.prior).toMatchObject({
      revenue: 12_000n,
      commission: 1_200n,
      activePartners: 2,
      conversions: { sale: 2, total: 2 },
      partnerShare: 1,
    });
    // Every commission is still in its hold.
    expect(cockpit.kpis.owed).toEqual({ pending: 1_000n + 200n + 3_000n, approved: 0n });
  });

  it("agrees with the analytics overview over the same days (the same queries)", async () => {
    const [current, previous, cockpit] = await Promise.all([
      asManager().manage.analytics.overview({ programId: fx.program.id, period: fx.span.current }),
      asManager().manage.analytics.overview({ programId: fx.program.id, period: fx.span.previous }),
      asManager().manage.cockpit.get({ programId: fx.program.id }),
    ]);
    const { newPartners: _a, paidOut: _b, ...kpis } = cockpit.kpis.current;
    expect(current.current).toMatchObject(kpis);
    expect(previous.current.revenue).toBe(cockpit.kpis.prior.revenue);
    expect(previous.current.commission).toBe(cockpit.kpis.prior.commission);
  });

  it("lists the partners whose commission rose and fell most", async () => {
    const { movers } = await asManager().manage.cockpit.get({ programId: fx.program.id });
    expect(movers.rising).toEqual([
      expect.objectContaining({
        enrollmentId: fx.bob.enrollment.id,
        email: fx.bob.user.email,
        current: 3_000n,
        previous: 200n,
        change: 2_800n,
      }),
    ]);
    expect(movers.falling).toEqual([
      expect.objectContaining({
        enrollmentId: fx.alice.enrollment.id,
        current: 0n,
        previous: 1_000n,
        change: -1_000n,
      }),
    ]);
  });

  it("counts what needs the manager, most pressing first, with links", async () => {
    const { attention, endingContests } = await asManager().manage.cockpit.get({
      programId: fx.program.id,
    });
    const slug = fx.program.slug;
    expect(attention).toEqual([
      {
        kind: "payouts",
        tone: "action",
        count: 1,
        href: `/manage/${slug}/payouts?status=requested`,
      },
      {
        kind: "applications",
        tone: "action",
        count: 2,
        href: `/manage/${slug}/partners?status=applied`,
      },
      { kind: "review", tone: "action", count: 1, href: `/manage/${slug}/review` },
      { kind: "contests", tone: "warning", count: 1, href: `/manage/${slug}/contests` },
      { kind: "bounces", tone: "warning", count: 2, href: `/manage/${slug}/newsletters` },
      {
        kind: "webinars",
        tone: "upcoming",
        count: 1,
        href: `/manage/${slug}/webinars?view=upcoming`,
      },
    ]);
    expect(endingContests).toEqual([
      expect.objectContaining({
        id: fx.ending.id,
        name: "Ending soon",
        unreachableMilestones: 1,
        warning: true,
      }),
    ]);
  });

  it("has daily revenue of both months for the trend", async () => {
    const { trend } = await asManager().manage.cockpit.get({ programId: fx.program.id });
    expect(trend.current.map((day) => day.day)[0]).toBe(fx.span.current.from);
    expect(trend.current.at(-1)?.day).toBe(fx.span.current.to);
    expect(trend.previous[0]).toEqual({ day: fx.span.previous.from, revenue: 12_000n });
    expect(trend.current.reduce((sum, day) => sum + day.revenue, 0n)).toBe(35_000n);
  });

  it("tells a new program to get started, and stops once partners come", async () => {
    const fresh = await makeProgram();
    const asOwner = callerFor(fresh.manager.id);
    const empty = await asOwner.manage.cockpit.get({ programId: fresh.program.id });
    expect(empty.isNew).toBe(true);
    expect(empty.setup).toMatchObject({ partners: false, conversions: false, contests: false });
    expect(empty.attention).toEqual([]);
    expect(empty.movers).toEqual({ rising: [], falling: [] });
    await makePartner(fresh.program.id, { status: "applied" });
    const started = await asOwner.manage.cockpit.get({ programId: fresh.program.id });
    expect(started.isNew).toBe(false);
    expect(started.attention.map((item) => [item.kind, item.count])).toEqual([["applications", 1]]);
  });

  it("refuses strangers: another program's manager, a partner, the signed out", async () => {
    const input = { programId: fx.program.id };
    await expect(callerFor(fx.other.manager.id).manage.cockpit.get(input)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(fx.alice.user.id).manage.cockpit.get(input)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(null).manage.cockpit.get(input)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("manage.cockpit.home", () => {
  it("sums each program the caller manages, and only those", async () => {
    const second = await createProgram(
      { db, userId: fx.manager.id },
      programInput({ name: "Zz second program" }),
    );
    const home = await asManager().manage.cockpit.home();
    expect(home.span).toEqual(fx.span);
    expect(home.programs.map((p) => p.id).sort()).toEqual([fx.program.id, second.id].sort());
    const target = home.programs.find((p) => p.id === fx.program.id)!;
    expect(target).toMatchObject({
      slug: fx.program.slug,
      name: fx.program.name,
      current: { revenue: 35_000n, commission: 3_000n, activePartners: 1 },
      previous: { revenue: 12_000n, commission: 1_200n, activePartners: 2 },
      attention: 1 + 2 + 1 + 1 + 2 + 1,
    });
    expect(home.programs.find((p) => p.id === second.id)).toMatchObject({
      current: { revenue: 0n, commission: 0n, activePartners: 0 },
      attention: 0,
    });
  });

  it("shows strangers none of it, and refuses the signed out", async () => {
    const theirs = await callerFor(fx.other.manager.id).manage.cockpit.home();
    expect(theirs.programs.map((p) => p.id)).toEqual([fx.other.program.id]);
    expect(theirs.programs[0]!.attention).toBe(1);
    const partner = await callerFor(fx.alice.user.id).manage.cockpit.home();
    expect(partner.programs).toEqual([]);
    await expect(callerFor(null).manage.cockpit.home()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
