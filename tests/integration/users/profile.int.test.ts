/**
 * The partner's profile and settings (P5): name and language, referral links, and the network
 * of recruits with the overrides they earned, equal to the ledger the conversion engine wrote.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { enrollments, users } from "~/server/db/schema/index";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { recordRefund } from "~/server/services/conversions/record-refund";
import { findReferrer } from "~/server/services/referrals/find-referrer";
import { recruitAlias } from "~/server/services/referrals/referral-link";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import { addClick, addLink, addRule, programWithKey, uniqueId } from "../conversions/fixtures";

process.env.TRACKING_SECRET ??= "integration-test-tracking-secret";

describe("partner.profile.update", () => {
  it("saves the name and a supported language, refuses others", async () => {
    const user = await makeUser();
    const caller = callerFor(user.id);
    await expect(
      caller.partner.profile.update({ name: "  Ada Lovelace ", locale: "pl" }),
    ).resolves.toEqual({ name: "Ada Lovelace", locale: "pl" });
    const [saved] = await db.select().from(users).where(eq(users.id, user.id));
    expect(saved).toMatchObject({ name: "Ada Lovelace", locale: "pl" });

    await expect(
      caller.partner.profile.update({ name: "Ada", locale: "de" as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.partner.profile.update({ name: "x".repeat(101), locale: "ru" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const [unchanged] = await db.select().from(users).where(eq(users.id, user.id));
    expect(unchanged).toMatchObject({ name: "Ada Lovelace", locale: "pl" });

    await expect(caller.partner.profile.update({ name: "", locale: "ru" })).resolves.toEqual({
      name: null,
      locale: "ru",
    });
    await expect(
      callerFor(null).partner.profile.update({ name: "x", locale: "en" }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("referral network", () => {
  let fx: Awaited<ReturnType<typeof network>>;
  beforeAll(async () => {
    fx = await network();
  });

  /**
   * Ann recruited Ben and Eve; Ben recruited Cid; Cid recruited Dan. Overrides pay two levels
   * (10 %, 5 % of the sale commission). Xan, in the same program, recruited Yul.
   */
  async function network() {
    const setup = await programWithKey({ overrideBps: [1000, 500] });
    const { program } = setup;
    await addRule(program.id, { rateBps: 1000 });
    const ann = await makePartner(program.id);
    const ben = await makePartner(program.id, { referredById: ann.enrollment.id });
    const cid = await makePartner(program.id, { referredById: ben.enrollment.id });
    const dan = await makePartner(program.id, { referredById: cid.enrollment.id });
    const eve = await makePartner(program.id, { referredById: ann.enrollment.id });
    const xan = await makePartner(program.id);
    const yul = await makePartner(program.id, { referredById: xan.enrollment.id });
    // Join dates in a known order: Eve joined after Ben.
    const day = (n: number) => new Date(Date.UTC(2025, 0, n));
    for (const [person, n] of [
      [ben, 1],
      [eve, 2],
      [cid, 3],
      [dan, 4],
    ] as const) {
      await db
        .update(enrollments)
        .set({ appliedAt: day(n) })
        .where(eq(enrollments.id, person.enrollment.id));
    }
    const ctx = { db, program };
    const sell = async (seller: { enrollment: { id: string } }, amount: number) => {
      const link = await addLink(program.id, seller.enrollment.id);
      const clickId = await addClick(link);
      return recordConversion(ctx, {
        type: "sale",
        external_id: uniqueId("order"),
        amount,
        currency: program.currency,
        click_id: clickId,
      });
    };
    const benSale = await sell(ben, 10_000); // Ben 10.00; Ann 1.00 (level 1)
    await sell(cid, 20_000); // Cid 20.00; Ben 2.00; Ann 1.00 (level 2)
    await sell(dan, 5_000); // Dan 5.00; Cid 0.50; Ben 0.25; Ann nothing (level 3)
    await sell(yul, 30_000); // Yul 30.00; Xan 3.00
    // Half of Ben's sale refunded: Ann's override from Ben is reversed by half.
    await recordRefund(ctx, benSale.conversion.id, {
      refund_id: uniqueId("refund"),
      amount: 5_000,
    });
    return { ...setup, ann, ben, cid, dan, eve, xan, yul };
  }

  it("lists recruits to the program's depth, names only for direct recruits, with net overrides by source", async () => {
    const caller = callerFor(fx.ann.user.id);
    const all = await caller.partner.profile.network({ programId: fx.program.id });
    expect(all).toMatchObject({ currency: "EUR", depth: 2, total: 3, pages: 1, totalEarned: 150n });
    expect(all.items).toEqual([
      {
        level: 1,
        name: "Test Person",
        alias: recruitAlias(fx.eve.enrollment.id),
        status: "approved",
        joinedAt: new Date(Date.UTC(2025, 0, 2)),
        earned: 0n,
      },
      {
        level: 1,
        name: "Test Person",
        alias: recruitAlias(fx.ben.enrollment.id),
        status: "approved",
        joinedAt: new Date(Date.UTC(2025, 0, 1)),
        earned: 50n,
      },
      {
        level: 2,
        name: null,
        alias: recruitAlias(fx.cid.enrollment.id),
        status: "approved",
        joinedAt: new Date(Date.UTC(2025, 0, 3)),
        earned: 100n,
      },
    ]);
    const json = JSON.stringify(all, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    for (const hidden of [fx.cid, fx.dan, fx.ben, fx.eve]) {
      expect(json).not.toContain(hidden.user.email);
      expect(json).not.toContain(hidden.enrollment.id);
    }

    const second = await caller.partner.profile.network({
      programId: fx.program.id,
      pageSize: 2,
      page: 2,
    });
    expect(second).toMatchObject({ total: 3, pages: 2 });
    expect(second.items.map((item) => item.alias)).toEqual([recruitAlias(fx.cid.enrollment.id)]);
    const beyond = await caller.partner.profile.network({ programId: fx.program.id, page: 9 });
    expect(beyond).toMatchObject({ total: 3, items: [] });
  });

  it("summarises each program: referral code, direct recruits, override earnings", async () => {
    const programs = await callerFor(fx.ann.user.id).partner.profile.referrals();
    expect(programs).toEqual([
      expect.objectContaining({
        programId: fx.program.id,
        slug: fx.program.slug,
        enrollmentId: fx.ann.enrollment.id,
        referralCode: fx.ann.enrollment.referralCode,
        status: "approved",
        overrideBps: [1000, 500],
        directRecruits: 2,
        overrideEarnings: 150n,
      }),
    ]);
    const ben = await callerFor(fx.ben.user.id).partner.profile.referrals();
    // Ben: 2.00 from Cid and 0.25 from Dan.
    expect(ben[0]).toMatchObject({ directRecruits: 1, overrideEarnings: 225n });
  });

  it("never shows another partner's network", async () => {
    const xan = await callerFor(fx.xan.user.id).partner.profile.network({
      programId: fx.program.id,
    });
    expect(xan.items.map((item) => item.alias)).toEqual([recruitAlias(fx.yul.enrollment.id)]);
    expect(xan.totalEarned).toBe(300n);

    const outsider = await makeUser();
    await expect(
      callerFor(outsider.id).partner.profile.network({ programId: fx.program.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await makeProgram();
    await expect(
      callerFor(fx.ann.user.id).partner.profile.network({ programId: other.program.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(null).partner.profile.network({ programId: fx.program.id }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await callerFor(outsider.id).partner.profile.referrals()).toEqual([]);
  });

  it("resolves a referral code to its approved partner in the same program only", async () => {
    const applicant = await makeUser();
    const code = fx.ann.enrollment.referralCode;
    const base = { programId: fx.program.id, applicantId: applicant.id };
    expect(await findReferrer(db, { ...base, code })).toBe(fx.ann.enrollment.id);
    expect(await findReferrer(db, { ...base, code: "no-such-code" })).toBeNull();
    expect(await findReferrer(db, { ...base, code: "'; drop table x" })).toBeNull();
    expect(await findReferrer(db, { ...base, applicantId: fx.ann.user.id, code })).toBeNull();
    const other = await makeProgram();
    expect(await findReferrer(db, { ...base, programId: other.program.id, code })).toBeNull();
  });
});
