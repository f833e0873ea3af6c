/**
 * The partner dashboard's procedures against figures written through the real services
 * (recordEvents for clicks, recordConversion / recordRefund for money): totals and deltas,
 * series, breakdowns, earnings and recent conversions, range edges, and strangers refused.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { enrollments, links } from "~/server/db/schema/index";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { recordRefund } from "~/server/services/conversions/record-refund";
import { EventBatch, recordEvents } from "~/server/tracking/record-events";
import { addDays, utcDay } from "~/lib/dates";
import { db, testDb } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import { addPromoCode, addRule, programWithKey } from "../conversions/fixtures";

process.env.TRACKING_SECRET ??= "integration-test-tracking-secret";

// Events at midnight (UTC): always in the past, and inside "today so far" and "yesterday up to
// the same hour" whenever the test runs.
const midnight = (day: string) => new Date(`${day}T00:00:00Z`);
const today = utcDay(new Date());
const yesterday = addDays(today, -1);
const eightDaysAgo = addDays(today, -8);

async function addLink(programId: string, enrollmentId: string, label: string, subId?: string) {
  const [row] = await db
    .insert(links)
    .values({
      programId,
      enrollmentId,
      code: `d${randomUUID().replaceAll("-", "").slice(0, 11)}`,
      destination: "https://shop.example.com/",
      label,
      subId,
    })
    .returning();
  return row!;
}

type Link = Awaited<ReturnType<typeof addLink>>;

/** Clicks as the ingest server writes them (the effective sub-id decided); ids returned. */
async function track(link: Link, at: Date, clicks: { unique: boolean; subId?: string }[]) {
  const batch = new EventBatch();
  const ids = clicks.map((click) => {
    const id = `k${randomUUID().replaceAll("-", "").slice(0, 20)}`;
    batch.push({
      kind: "click",
      id,
      occurredAt: at.getTime(),
      programId: link.programId,
      linkId: link.id,
      enrollmentId: link.enrollmentId,
      billable: true,
      isUnique: click.unique,
      ipHash: randomUUID(),
      country: null,
      subId: click.subId ?? link.subId,
    });
    return id;
  });
  await recordEvents(testDb.sql, batch);
  return ids;
}

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});

/**
 * Me: link A ("blog") and link B (no sub-id). Today: A 3 clicks (2 unique), B 1 plain click and
 * 1 with sub-id "spring"; a sale on A (10,000 → 1,000), a lead on B's "spring" click (200), a
 * promo-code sale (3,000 → 300). Yesterday: A 2 unique clicks and a sale (5,000 → 500) refunded
 * by 1,000 (-100). Eight days ago: A 4 clicks. Another partner of the program has traffic too.
 */
async function buildWorld() {
  const setup = await programWithKey();
  const { program } = setup;
  await addRule(program.id, { rateBps: 1000 });
  await addRule(program.id, { event: "lead", basis: "flat", rateBps: null, amount: 200n });
  const me = await makePartner(program.id);
  const other = await makePartner(program.id);
  const linkA = await addLink(program.id, me.enrollment.id, "Blog sidebar", "blog");
  const linkB = await addLink(program.id, me.enrollment.id, "Footer");
  const promo = await addPromoCode(
    program.id,
    me.enrollment.id,
    `DASH${randomUUID().slice(0, 4).toUpperCase()}`,
  );

  const [clickA] = await track(linkA, midnight(today), [
    { unique: true },
    { unique: true },
    { unique: false },
  ]);
  const [, springClick] = await track(linkB, midnight(today), [
    { unique: true },
    { unique: true, subId: "spring" },
  ]);
  const [oldClick] = await track(linkA, midnight(yesterday), [{ unique: true }, { unique: true }]);
  await track(linkA, midnight(eightDaysAgo), [
    { unique: true },
    { unique: true },
    { unique: true },
    { unique: false },
  ]);
  await track(await addLink(program.id, other.enrollment.id, "Other"), midnight(today), [
    { unique: true },
  ]);

  const ctx = { db, program };
  const base = { currency: "EUR", occurred_at: midnight(today).toISOString() };
  await recordConversion(ctx, {
    ...base,
    type: "sale",
    external_id: "s1",
    amount: 10_000,
    click_id: clickA,
  });
  await recordConversion(ctx, { ...base, type: "lead", external_id: "l1", click_id: springClick });
  await recordConversion(ctx, {
    ...base,
    type: "sale",
    external_id: "p1",
    amount: 3_000,
    promo_code: promo.code,
  });
  const old = await recordConversion(ctx, {
    ...base,
    occurred_at: midnight(yesterday).toISOString(),
    type: "sale",
    external_id: "s0",
    amount: 5_000,
    click_id: oldClick,
  });
  await recordRefund(ctx, old.conversion.id, { refund_id: "r0", amount: 1_000 });
  return { ...setup, me, other, linkA, linkB, oldSale: old.conversion.id };
}

type Range = { preset: "today" | "7d" | "30d" | "90d" } | { from: string; to: string };
const week: Range = { preset: "7d" };
const input = (range: Range = week) => ({ programId: world.program.id, range });

describe("partner.dashboard.summary", () => {
  it("totals the range from the rollups, with the previous period (the balance on the home)", async () => {
    const summary = await callerFor(world.me.user.id).partner.dashboard.summary(input());
    expect(summary.program).toMatchObject({ id: world.program.id, currency: "EUR" });
    expect(summary.period).toEqual({ granularity: "day", from: addDays(today, -6), to: today });
    expect(summary.previousPeriod).toEqual({ from: addDays(today, -13), to: addDays(today, -7) });
    expect(summary.totals).toEqual({
      clicks: 7,
      uniqueClicks: 6,
      conversions: { sale: 3, lead: 1, install: 0, action: 0, total: 4 },
      conversionRate: 4 / 6,
      revenue: 18_000n,
      refunded: 1_000n,
      commission: 1_900n,
      epc: 271n, // 1,900 / 7 = 271.43
    });
    expect(summary.previous).toMatchObject({
      clicks: 4,
      uniqueClicks: 3,
      conversions: { total: 0 },
      commission: 0n,
      epc: 0n,
    });
    // The balance is the home's: everything is still in its hold period.
    const home = await callerFor(world.me.user.id).partner.dashboard.home({
      programId: world.program.id,
    });
    expect(home.earnings).toMatchObject({ pending: 1_900n, approved: 0n, paid: 0n });
  });

  it("reads today by the hour and compares it with yesterday up to the same hour", async () => {
    const summary = await callerFor(world.me.user.id).partner.dashboard.summary(
      input({ preset: "today" }),
    );
    expect(summary.period).toMatchObject({ granularity: "hour", from: today, to: today });
    expect(summary.totals).toMatchObject({
      clicks: 5,
      uniqueClicks: 4,
      conversions: { sale: 2, lead: 1, total: 3 },
      commission: 1_500n,
    });
    expect(summary.previous).toMatchObject({
      clicks: 2,
      conversions: { sale: 1, total: 1 },
      revenue: 5_000n,
      refunded: 1_000n,
      commission: 400n,
    });
  });

  it("honours custom range edges (inclusive UTC days) and refuses bad ranges", async () => {
    const caller = callerFor(world.me.user.id);
    const clicksIn = async (from: string, to: string) =>
      (await caller.partner.dashboard.summary(input({ from, to }))).totals.clicks;
    expect(await clicksIn(eightDaysAgo, eightDaysAgo)).toBe(4);
    expect(await clicksIn(addDays(today, -7), yesterday)).toBe(2);
    expect(await clicksIn(eightDaysAgo, today)).toBe(11);
    expect(await clicksIn(addDays(today, 1), addDays(today, 3))).toBe(0);
    for (const range of [
      { from: today, to: yesterday },
      { from: addDays(today, -366), to: today },
      { preset: "1y" },
    ]) {
      await expect(caller.partner.dashboard.summary(input(range as Range))).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
  });

  it("shows another partner of the same program only their own figures", async () => {
    const summary = await callerFor(world.other.user.id).partner.dashboard.summary(input());
    expect(summary.totals).toMatchObject({ clicks: 1, conversions: { total: 0 }, commission: 0n });
    const home = await callerFor(world.other.user.id).partner.dashboard.home({
      programId: world.program.id,
    });
    expect(home.earnings).toMatchObject({ pending: 0n, approved: 0n, paid: 0n });
  });
});

describe("partner.dashboard.series", () => {
  it("gives every day of the range, zeros where nothing happened", async () => {
    const series = await callerFor(world.me.user.id).partner.dashboard.series(input());
    expect(series.granularity).toBe("day");
    expect(series.points.map((p) => p.bucket)).toEqual(
      [6, 5, 4, 3, 2, 1, 0].map((ago) => addDays(today, -ago)),
    );
    expect(series.points.at(-1)).toEqual({
      bucket: today,
      clicks: 5,
      uniqueClicks: 4,
      conversions: 3,
      revenue: 13_000n,
      commission: 1_500n,
    });
    expect(series.points.at(-2)).toMatchObject({ clicks: 2, conversions: 1, commission: 400n });
    expect(series.points.slice(0, 5).every((p) => p.clicks === 0 && p.commission === 0n)).toBe(
      true,
    );
  });

  it("gives every hour of a single day", async () => {
    const caller = callerFor(world.me.user.id);
    const past = await caller.partner.dashboard.series(input({ from: yesterday, to: yesterday }));
    expect(past.granularity).toBe("hour");
    expect(past.points).toHaveLength(24);
    expect(past.points[0]).toMatchObject({ bucket: `${yesterday}T00:00:00.000Z`, clicks: 2 });
    const now = await caller.partner.dashboard.series(input({ preset: "today" }));
    expect(now.points).toHaveLength(new Date().getUTCHours() + 1);
    expect(now.points[0]).toMatchObject({ clicks: 5, conversions: 3 });
  });
});

describe("partner.dashboard breakdowns", () => {
  it("lists links busiest first, with promo-code sales as a row of their own, by page", async () => {
    const caller = callerFor(world.me.user.id);
    const first = await caller.partner.dashboard.byLink({ ...input(), pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.items).toEqual([
      {
        linkId: world.linkA.id,
        code: world.linkA.code,
        label: "Blog sidebar",
        clicks: 5,
        uniqueClicks: 4,
        conversions: 2,
        conversionRate: 0.5,
        revenue: 15_000n,
        commission: 1_400n,
        epc: 280n,
      },
      expect.objectContaining({
        linkId: world.linkB.id,
        clicks: 2,
        conversions: 1,
        commission: 200n,
      }),
    ]);
    const second = await caller.partner.dashboard.byLink({ ...input(), pageSize: 2, page: 2 });
    expect(second.items).toEqual([
      expect.objectContaining({
        linkId: null,
        clicks: 0,
        conversions: 1,
        commission: 300n,
        epc: null,
      }),
    ]);
    const past = await caller.partner.dashboard.byLink({ ...input(), pageSize: 2, page: 3 });
    expect(past).toMatchObject({ items: [], total: 3 });
  });

  it("lists sub-ids (a click's own, else its link's) from the sub-id rollup", async () => {
    const caller = callerFor(world.me.user.id);
    const page = await caller.partner.dashboard.bySubId(input());
    expect(page.total).toBe(2);
    expect(page.items).toEqual([
      {
        subId: "blog",
        clicks: 5,
        uniqueClicks: 4,
        conversions: 2,
        conversionRate: 0.5,
        revenue: 15_000n,
        commission: 1_400n,
        epc: 280n,
      },
      {
        subId: "spring",
        clicks: 1,
        uniqueClicks: 1,
        conversions: 1,
        conversionRate: 1,
        revenue: 0n,
        commission: 200n,
        epc: 200n,
      },
    ]);
    const old = await caller.partner.dashboard.bySubId(
      input({ from: eightDaysAgo, to: eightDaysAgo }),
    );
    expect(old.items).toEqual([
      expect.objectContaining({ subId: "blog", clicks: 4, uniqueClicks: 3 }),
    ]);
  });
});

describe("partner.dashboard.recent", () => {
  it("lists the partner's latest conversions with commission and status", async () => {
    const recent = await callerFor(world.me.user.id).partner.dashboard.recent({
      programId: world.program.id,
    });
    expect(recent).toHaveLength(4);
    expect(recent.at(-1)).toMatchObject({
      id: world.oldSale,
      type: "sale",
      amount: 5_000n,
      commission: 400n,
      refunded: 1_000n,
      status: "pending",
    });
    expect(
      recent
        .slice(0, 3)
        .map((c) => [c.type, c.amount, c.commission])
        .sort(),
    ).toEqual(
      [
        ["lead", null, 200n],
        ["sale", 10_000n, 1_000n],
        ["sale", 3_000n, 300n],
      ].sort(),
    );
    const other = await callerFor(world.other.user.id).partner.dashboard.recent({
      programId: world.program.id,
    });
    expect(other).toEqual([]);
  });
});

describe("who may read a dashboard", () => {
  // Thunks, so each call starts only when its rejection is awaited.
  const calls = (caller: ReturnType<typeof callerFor>) => [
    () => caller.partner.dashboard.summary(input()),
    () => caller.partner.dashboard.series(input()),
    () => caller.partner.dashboard.byLink(input()),
    () => caller.partner.dashboard.bySubId(input()),
    () => caller.partner.dashboard.recent({ programId: world.program.id }),
  ];

  it("answers NOT_FOUND to a partner of another program and to a user in no program", async () => {
    const elsewhere = await makeProgram();
    const foreign = await makePartner(elsewhere.program.id);
    const nobody = await makeUser();
    for (const userId of [foreign.user.id, nobody.id, world.manager.id]) {
      for (const call of calls(callerFor(userId))) {
        await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    }
  });

  it("refuses an applicant not yet approved, and anyone signed out", async () => {
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
  });

  it("still shows a suspended partner their figures", async () => {
    const suspended = await makePartner(world.program.id, { status: "suspended" });
    const summary = await callerFor(suspended.user.id).partner.dashboard.summary(input());
    expect(summary.totals.clicks).toBe(0);
  });
});
