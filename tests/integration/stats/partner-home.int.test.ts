/**
 * The partner home's first screen (partner.dashboard.home) against figures written through the
 * real services: commission today and this month, the balance, the next action as the facts
 * change, and strangers refused.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { addLink, addPromoCode, addRule, programWithKey } from "../conversions/fixtures";
import { contestInput, day } from "../contests/fixtures";
import { track } from "../goals/fixtures";
import { addCreative } from "./fixtures";

describe("partner home", () => {
  it("shows today's and this month's commission and the balance", async () => {
    const { program } = await programWithKey();
    await addRule(program.id, { rateBps: 1000 });
    const me = await makePartner(program.id);
    const code = `HOME${randomUUID().slice(0, 6).toUpperCase()}`;
    await addPromoCode(program.id, me.enrollment.id, code);
    await recordConversion(
      { db, program },
      {
        type: "sale",
        external_id: `order-${randomUUID()}`,
        amount: 25_000,
        currency: program.currency,
        promo_code: code,
        occurred_at: new Date(Date.now() - 60_000).toISOString(),
      },
    );

    const home = await callerFor(me.user.id).partner.dashboard.home({ programId: program.id });

    expect(home.today.commission).toBe(2_500n);
    expect(home.month.commission).toBe(2_500n);
    expect(home.month.conversions).toBe(1);
    expect(home.earnings.pending + home.earnings.approved).toBe(2_500n);
    expect(home.currency).toBe(program.currency);
  });

  it("chooses the next action from the partner's situation as it changes", async () => {
    const { program, manager } = await makeProgram();
    const me = await makePartner(program.id);
    const caller = callerFor(me.user.id).partner.dashboard;
    const next = async () => (await caller.home({ programId: program.id })).nextAction;

    // Nothing yet: share a first link.
    expect((await caller.home({ programId: program.id })).hasClicks).toBe(false);
    expect(await next()).toEqual({ kind: "shareFirstLink" });

    // A click: the evergreen suggestion, then new creatives once there are some.
    await track(await addLink(program.id, me.enrollment.id), new Date(Date.now() - 60_000), 1);
    expect(await next()).toEqual({ kind: "shareLink" });
    await addCreative(program.id, "Winter banner");
    expect(await next()).toEqual({ kind: "newCreatives", count: 1 });

    // A running contest's milestone more than half way: the prize within reach comes first.
    const other = await makePartner(program.id);
    const code = `M${randomUUID().replaceAll("-", "").slice(0, 8)}`.toUpperCase();
    await addPromoCode(program.id, me.enrollment.id, code);
    await recordConversion(
      { db, program },
      {
        type: "sale",
        external_id: `order-${randomUUID()}`,
        amount: 6_000,
        currency: program.currency,
        promo_code: code,
        occurred_at: new Date(Date.now() - 60_000).toISOString(),
      },
    );
    const manage = callerFor(manager.id).manage;
    const { id: contestId } = await manage.contests.create({
      programId: program.id,
      ...contestInput({
        startsOn: day(-1),
        endsOn: day(3),
        milestones: [{ threshold: "10000", label: "Ten" }],
      }),
    });
    await manage.contests.launch({ programId: program.id, contestId });
    expect(await next()).toMatchObject({
      kind: "reachMilestone",
      contestId,
      label: "Ten",
      remaining: 4_000n,
    });
    const home = await caller.home({ programId: program.id });
    expect(home.panels.contests[0]).toMatchObject({ id: contestId, rank: 1 });
    // The other partner has not sold: not ranked, and told to share a first link.
    expect(
      (await callerFor(other.user.id).partner.dashboard.home({ programId: program.id })).nextAction,
    ).toEqual({ kind: "shareFirstLink" });
  });

  it("refuses another program's partner, an applicant and a signed-out visitor", async () => {
    const { program } = await makeProgram();
    const other = await makeProgram();
    const { user: stranger } = await makePartner(other.program.id);
    await expect(
      callerFor(stranger.id).partner.dashboard.home({ programId: program.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { user: applicant } = await makePartner(program.id, { status: "applied" });
    await expect(
      callerFor(applicant.id).partner.dashboard.home({ programId: program.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      callerFor(null).partner.dashboard.home({ programId: program.id }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
