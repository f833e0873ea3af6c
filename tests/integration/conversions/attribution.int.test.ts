import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollments, promoCodes, statsHourly } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { makePartner } from "../../support/factories";
import {
  addClick,
  addLink,
  addPromoCode,
  addRule,
  post,
  programWithKey,
  startApi,
  uniqueId,
  type Api,
} from "./fixtures";
import { DAY_MS } from "~/lib/dates";

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const CONVERSIONS = "/api/v1/conversions";

const sale = (extra: Record<string, unknown> = {}) => ({
  type: "sale",
  external_id: uniqueId("order"),
  amount: 10_000,
  currency: "EUR",
  ...extra,
});

describe("attribution", () => {
  it("gives a promo code (any case) precedence over a click", async () => {
    const { program, key } = await programWithKey();
    await addRule(program.id, { rateBps: 1000 });
    const promoPartner = await makePartner(program.id);
    const clickPartner = await makePartner(program.id);
    const promo = await addPromoCode(program.id, promoPartner.enrollment.id, "SPRING10");
    const clickId = await addClick(await addLink(program.id, clickPartner.enrollment.id));

    const reply = await post(
      api,
      CONVERSIONS,
      key,
      sale({ promo_code: "spring10", click_id: clickId }),
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      attribution: "promo_code",
      partner: promoPartner.enrollment.id,
      commissions: [{ beneficiary: promoPartner.enrollment.id, amount: 1000 }],
    });
    // A promo-code sale is counted under no link.
    const [hourly] = await db
      .select()
      .from(statsHourly)
      .where(eq(statsHourly.programId, program.id));
    expect(hourly).toMatchObject({
      enrollmentId: promoPartner.enrollment.id,
      linkId: null,
      sales: 1,
    });

    await db.update(promoCodes).set({ disabledAt: new Date() }).where(eq(promoCodes.id, promo.id));
    const fallback = await post(
      api,
      CONVERSIONS,
      key,
      sale({ promo_code: "SPRING10", click_id: clickId }),
    );
    expect(fallback.body).toMatchObject({
      attribution: "click",
      partner: clickPartner.enrollment.id,
    });
  });

  it("leaves a conversion unattributed when its click is outside the cookie window or another program's", async () => {
    const { program, key } = await programWithKey({ cookieWindowDays: 7 });
    await addRule(program.id, { rateBps: 1000 });
    const { enrollment } = await makePartner(program.id);
    const link = await addLink(program.id, enrollment.id);
    const old = await addClick(link, { occurredAt: new Date(Date.now() - 8 * DAY_MS) });
    const recent = await addClick(link, { occurredAt: new Date(Date.now() - 6 * DAY_MS) });
    const other = await programWithKey();
    const foreign = await addClick(
      await addLink(other.program.id, (await makePartner(other.program.id)).enrollment.id),
    );

    for (const clickId of [old, foreign]) {
      const reply = await post(api, CONVERSIONS, key, sale({ click_id: clickId }));
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ attribution: "none", partner: null, commissions: [] });
    }
    const inside = await post(api, CONVERSIONS, key, sale({ click_id: recent }));
    expect(inside.body).toMatchObject({ attribution: "click", partner: enrollment.id });
    // The window is counted back from occurred_at, not from now.
    const backdated = await post(
      api,
      CONVERSIONS,
      key,
      sale({ click_id: old, occurred_at: new Date(Date.now() - 5 * DAY_MS).toISOString() }),
    );
    expect(backdated.body).toMatchObject({ attribution: "click", partner: enrollment.id });
  });

  it("records but pays nothing through a disabled link, an unbillable click or a suspended partner", async () => {
    const { program, key } = await programWithKey();
    await addRule(program.id, { rateBps: 1000 });
    const active = await makePartner(program.id);
    const suspended = await makePartner(program.id, { status: "suspended" });
    const disabledLink = await addLink(program.id, active.enrollment.id, true);
    const cases = [
      await addClick(disabledLink),
      await addClick(await addLink(program.id, active.enrollment.id), { billable: false }),
      await addClick(await addLink(program.id, suspended.enrollment.id)),
    ];
    for (const clickId of cases) {
      const reply = await post(api, CONVERSIONS, key, sale({ click_id: clickId }));
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ attribution: "click", commissions: [] });
      expect(reply.body.partner).not.toBeNull();
    }
    await addPromoCode(program.id, suspended.enrollment.id, "SUSPENDED1");
    const promo = await post(api, CONVERSIONS, key, sale({ promo_code: "suspended1" }));
    expect(promo.body).toMatchObject({ attribution: "promo_code", commissions: [] });
  });
});

describe("commission rules", () => {
  it("uses the product category, first purchase and tier bonus of the conversion", async () => {
    const { program, key } = await programWithKey();
    await addRule(program.id, { rateBps: 500, tierBonusBps: { gold: 100 } });
    await addRule(program.id, { rateBps: 2000, priority: 10, conditions: { purchase: "first" } });
    await addRule(program.id, { rateBps: 4000, priority: 20, conditions: { category: "courses" } });
    const { enrollment } = await makePartner(program.id, { tierKey: "gold" });
    const link = await addLink(program.id, enrollment.id);
    const amounts = async (extra: Record<string, unknown>) => {
      const reply = await post(
        api,
        CONVERSIONS,
        key,
        sale({
          click_id: await addClick(link, { occurredAt: new Date(Date.now() - 2 * DAY_MS) }),
          ...extra,
        }),
      );
      return (reply.body.commissions as { amount: number }[]).map((c) => c.amount);
    };
    const customer = "repeat@example.com";
    expect(
      await amounts({ customer, occurred_at: new Date(Date.now() - DAY_MS).toISOString() }),
    ).toEqual([2000]);
    expect(await amounts({ customer })).toEqual([600]); // repeat purchase: 5% + gold 1%
    expect(await amounts({ customer, metadata: { category: "courses" } })).toEqual([4000]);
    expect(await amounts({})).toEqual([2000]); // no customer: a first purchase
  });
});

describe("multi-level overrides", () => {
  async function network(overrideBps = [1000, 500]) {
    const setup = await programWithKey({ overrideBps });
    await addRule(setup.program.id, { rateBps: 1000 });
    await addRule(setup.program.id, { event: "lead", basis: "flat", rateBps: null, amount: 300n });
    const top = await makePartner(setup.program.id);
    const middle = await makePartner(setup.program.id, { referredById: top.enrollment.id });
    const seller = await makePartner(setup.program.id, { referredById: middle.enrollment.id });
    const link = await addLink(setup.program.id, seller.enrollment.id);
    return { ...setup, top, middle, seller, link };
  }

  it("pays recruiters on sales, level by level", async () => {
    const { key, top, middle, seller, link } = await network();
    const reply = await post(api, CONVERSIONS, key, sale({ click_id: await addClick(link) }));
    expect(reply.body.commissions).toEqual([
      { beneficiary: seller.enrollment.id, level: 0, amount: 1000, status: "pending" },
      { beneficiary: middle.enrollment.id, level: 1, amount: 100, status: "pending" },
      { beneficiary: top.enrollment.id, level: 2, amount: 50, status: "pending" },
    ]);
  });

  it("pays no overrides on leads", async () => {
    const { key, seller, link } = await network();
    const reply = await post(api, CONVERSIONS, key, {
      type: "lead",
      external_id: uniqueId("lead"),
      currency: "EUR",
      click_id: await addClick(link),
    });
    expect(reply.body.commissions).toEqual([
      { beneficiary: seller.enrollment.id, level: 0, amount: 300, status: "pending" },
    ]);
  });

  it("pays no override to a recruiter buying for themselves; the level above still earns", async () => {
    const { key, top, middle, link } = await network();
    const reply = await post(
      api,
      CONVERSIONS,
      key,
      sale({ click_id: await addClick(link), customer: middle.user.email.toUpperCase() }),
    );
    const commissions = reply.body.commissions as { beneficiary: string; level: number }[];
    expect(commissions.map((c) => [c.beneficiary, c.level])).toEqual([
      [expect.any(String), 0],
      [top.enrollment.id, 2],
    ]);
  });

  it("skips a recruiter who is not approved without moving the others up", async () => {
    const { key, top, seller, middle, link } = await network();
    await db
      .update(enrollments)
      .set({ status: "suspended" })
      .where(eq(enrollments.id, middle.enrollment.id));
    const reply = await post(api, CONVERSIONS, key, sale({ click_id: await addClick(link) }));
    expect(reply.body.commissions).toEqual([
      { beneficiary: seller.enrollment.id, level: 0, amount: 1000, status: "pending" },
      { beneficiary: top.enrollment.id, level: 2, amount: 50, status: "pending" },
    ]);
  });

  it("stops at the configured depth and at referral cycles", async () => {
    const { key, middle, seller, top, link } = await network([1000]);
    // top ← seller closes a cycle: seller → middle → top → seller.
    await db
      .update(enrollments)
      .set({ referredById: seller.enrollment.id })
      .where(eq(enrollments.id, top.enrollment.id));
    const reply = await post(api, CONVERSIONS, key, sale({ click_id: await addClick(link) }));
    expect((reply.body.commissions as { beneficiary: string }[]).map((c) => c.beneficiary)).toEqual(
      [seller.enrollment.id, middle.enrollment.id],
    );
  });
});

describe("fraud flags", () => {
  async function flagged(
    settings: Parameters<typeof programWithKey>[0],
    build: (ids: {
      link: Awaited<ReturnType<typeof addLink>>;
      email: string;
    }) => Promise<Record<string, unknown>>,
  ) {
    const { program, key } = await programWithKey(settings);
    await addRule(program.id, { rateBps: 1000 });
    const { enrollment, user } = await makePartner(program.id);
    const link = await addLink(program.id, enrollment.id);
    const reply = await post(api, CONVERSIONS, key, sale(await build({ link, email: user.email })));
    expect(reply.status).toBe(201);
    return reply.body;
  }

  it("flags self-referral: the customer is the partner", async () => {
    const body = await flagged({}, async ({ link, email }) => ({
      click_id: await addClick(link),
      customer: ` ${email.toUpperCase()} `,
    }));
    expect(body).toMatchObject({ fraud_flags: ["self_referral"], review_status: "flagged" });
    // Flagged conversions keep their pending commission until a manager decides.
    expect(body.commissions).toMatchObject([{ level: 0, amount: 1000, status: "pending" }]);
  });

  it("flags a click burst from one source, not clicks from other sources", async () => {
    const body = await flagged({ clickBurstLimit: 3 }, async ({ link }) => {
      const at = Date.now() - 3_600_000;
      for (const offset of [9, 5, 2]) {
        await addClick(link, { ipHash: "burst-ip", occurredAt: new Date(at - offset * 60_000) });
      }
      await addClick(link, { ipHash: "burst-ip", occurredAt: new Date(at - 11 * 60_000) });
      await addClick(link, { ipHash: "other-ip", occurredAt: new Date(at - 60_000) });
      return { click_id: await addClick(link, { ipHash: "burst-ip", occurredAt: new Date(at) }) };
    });
    expect(body.fraud_flags).toEqual(["click_burst"]);

    const calm = await flagged({ clickBurstLimit: 3 }, async ({ link }) => {
      const at = Date.now() - 3_600_000;
      for (const offset of [9, 5]) {
        await addClick(link, { ipHash: "calm-ip", occurredAt: new Date(at - offset * 60_000) });
      }
      return { click_id: await addClick(link, { ipHash: "calm-ip", occurredAt: new Date(at) }) };
    });
    expect(calm.fraud_flags).toEqual([]);
  });

  it("flags a disposable email domain", async () => {
    const body = await flagged({}, async ({ link }) => ({
      click_id: await addClick(link),
      customer: "someone@mailinator.com",
    }));
    expect(body.fraud_flags).toEqual(["disposable_email"]);
  });

  it("flags a sale faster after its click than the program's threshold", async () => {
    const fast = await flagged({ minClickToSaleSeconds: 60 }, async ({ link }) => ({
      click_id: await addClick(link, { occurredAt: new Date(Date.now() - 5_000) }),
    }));
    expect(fast).toMatchObject({ fraud_flags: ["fast_conversion"], review_status: "flagged" });
    const slow = await flagged({ minClickToSaleSeconds: 60 }, async ({ link }) => ({
      click_id: await addClick(link, { occurredAt: new Date(Date.now() - 120_000) }),
    }));
    expect(slow).toMatchObject({ fraud_flags: [], review_status: "none" });
  });
});
