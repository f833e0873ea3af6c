/**
 * The conversion API's fast path: the group-commit writer (batches with duplicates inside and
 * against earlier rows, one refused conversion failing alone) and the one-statement facts read,
 * checked against the per-fact reads it replaced.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conversions, enrollments, ledgerEntries, statsDaily } from "~/server/db/schema/index";
import { loadConversionFacts } from "~/server/services/conversions/conversion-facts";
import { ConversionWriter } from "~/server/services/conversions/conversion-writer";
import { customerHash } from "~/server/services/conversions/customer-hash";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import {
  writeConversions,
  type PendingConversion,
} from "~/server/services/conversions/write-conversions";
import { db } from "../../support/db";
import { makePartner } from "../../support/factories";
import { addClick, addLink, addRule, programWithKey, uniqueId } from "./fixtures";

process.env.TRACKING_SECRET ??= "integration-test-tracking-secret";

async function network(overrideBps = [1000, 500, 250]) {
  const setup = await programWithKey({ overrideBps });
  await addRule(setup.program.id, { rateBps: 1000 });
  const top = await makePartner(setup.program.id);
  const middle = await makePartner(setup.program.id, { referredById: top.enrollment.id });
  const seller = await makePartner(setup.program.id, { referredById: middle.enrollment.id });
  const link = await addLink(setup.program.id, seller.enrollment.id);
  return { ...setup, top, middle, seller, link };
}

const sale = (externalId: string, clickId: string, amount = 10_000) => ({
  type: "sale" as const,
  external_id: externalId,
  amount,
  currency: "EUR",
  click_id: clickId,
});

describe("ConversionWriter", () => {
  it("writes concurrent conversions in batches: each key once, duplicates get the first result", async () => {
    const { program, seller, link } = await network();
    // Long enough for every call below to join one batch.
    const writer = new ConversionWriter(db, { maxWaitMs: 50, lanes: 1 });
    const ctx = { db, program, writer };
    const clickId = await addClick(link);
    const earlier = await recordConversion({ db, program }, sale("earlier", clickId));

    const twice = [sale("twice", clickId), sale("twice", clickId), sale("twice", clickId, 999)];
    const results = await Promise.allSettled([
      ...Array.from({ length: 5 }, (_, n) => recordConversion(ctx, sale(`new-${n}`, clickId))),
      recordConversion(ctx, sale("earlier", clickId)),
      ...twice.map((input) => recordConversion(ctx, input)),
    ]);
    const values = results.map((r) => (r.status === "fulfilled" ? r.value : null));
    expect(values.slice(0, 5).every((v) => v?.created)).toBe(true);
    expect(values[5]).toEqual({ created: false, conversion: earlier.conversion });
    // Whichever of the three requests for "twice" joined the batch first is written; the same
    // data again gets its result, other data a conflict.
    const winner = values.findIndex((v, n) => n >= 6 && v?.created);
    expect(winner).toBeGreaterThanOrEqual(6);
    for (let n = 6; n < 9; n++) {
      if (n === winner) continue;
      if (twice[n - 6]!.amount === twice[winner - 6]!.amount) {
        expect(values[n]).toEqual({ created: false, conversion: values[winner]!.conversion });
      } else {
        expect(results[n]).toMatchObject({
          status: "rejected",
          reason: { key: "conversionConflict" },
        });
      }
    }
    const amount = twice[winner - 6]!.amount;
    const sales = 6 + 1;
    const direct = 5 * 1000 + 1000 + amount / 10;

    const stored = await db
      .select({ id: conversions.id })
      .from(conversions)
      .where(eq(conversions.programId, program.id));
    expect(stored).toHaveLength(7);
    const [entries] = await db
      .select({
        n: sql<number>`count(*)::int`,
        direct: sql<string>`sum(amount) filter (where level = 0)`,
      })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.programId, program.id));
    expect(entries).toEqual({ n: 3 * sales, direct: String(direct) });
    const [daily] = await db
      .select({ sales: statsDaily.sales, commission: statsDaily.commission })
      .from(statsDaily)
      .where(
        and(
          eq(statsDaily.programId, program.id),
          eq(statsDaily.enrollmentId, seller.enrollment.id),
        ),
      );
    expect(daily).toEqual({ sales, commission: BigInt(direct) });
  });

  it("fails only the conversion the database refuses, not the rest of its batch", async () => {
    const { program, link } = await network();
    const writer = new ConversionWriter(db, { maxWaitMs: 50, lanes: 1 });
    const clickId = await addClick(link);
    const good = recordConversion({ db, program, writer }, sale("good", clickId));
    // A program that does not exist: the foreign key refuses the insert.
    const bad = recordConversion(
      { db, program: { ...program, id: randomUUID() }, writer },
      { type: "lead", external_id: "bad", currency: "EUR" },
    );
    await expect(bad).rejects.toThrow();
    await expect(good).resolves.toMatchObject({ created: true });
  });
});

describe("writeConversions", () => {
  it("counts only the conversions it inserted when a key was stored meanwhile", async () => {
    const { program, seller } = await network();
    const lead = (externalId: string): PendingConversion => ({
      row: {
        programId: program.id,
        type: "lead",
        externalId,
        actionKey: null,
        amount: null,
        currency: "EUR",
        enrollmentId: seller.enrollment.id,
        attribution: "click",
        clickId: null,
        promoCodeId: null,
        customerHash: null,
        country: null,
        occurredAt: new Date(),
        metadata: {},
        requestHash: externalId,
        fraudFlags: [],
        reviewStatus: "none",
      },
      entries: [],
      holdUntil: new Date(),
      increment: {
        programId: program.id,
        enrollmentId: seller.enrollment.id,
        linkId: null,
        at: new Date(),
        counters: { leads: 1 },
      },
    });
    const [first] = await writeConversions(db, [lead("a")]);
    // "a" again (as if stored by a concurrent request after the facts were read) and a new one.
    const ids = await writeConversions(db, [lead("a"), lead("b"), lead("b")]);
    expect(first).toEqual(expect.any(String));
    expect(ids).toEqual([null, expect.any(String), null]);
    const [daily] = await db
      .select({ leads: statsDaily.leads })
      .from(statsDaily)
      .where(
        and(
          eq(statsDaily.programId, program.id),
          eq(statsDaily.enrollmentId, seller.enrollment.id),
        ),
      );
    expect(daily).toEqual({ leads: 2 });
  });
});

describe("loadConversionFacts", () => {
  it("reads the click's partner, the upline, and stops at referral cycles", async () => {
    const { program, top, middle, seller, link } = await network();
    // seller → middle → top → seller: the walk must stop before paying seller again.
    await db
      .update(enrollments)
      .set({ referredById: seller.enrollment.id })
      .where(eq(enrollments.id, top.enrollment.id));
    const clickId = await addClick(link, { occurredAt: new Date(Date.now() - 60_000) });
    const now = new Date();
    const input = { type: "sale" as const, external_id: uniqueId("s"), click_id: clickId };
    const hash = customerHash("someone@example.com");

    const facts = await loadConversionFacts(db, program, input, now, hash);
    expect(facts.attribution).toMatchObject({
      source: "click",
      enrollment: { id: seller.enrollment.id, status: "approved" },
      partnerEmail: seller.user.email,
      promoCodeId: null,
      click: { id: clickId },
      linkId: link.id,
      billable: true,
    });
    expect(facts.upline).toEqual([
      { enrollmentId: middle.enrollment.id, approved: true, email: middle.user.email },
      { enrollmentId: top.enrollment.id, approved: true, email: top.user.email },
    ]);
    expect(facts).toMatchObject({ existing: null, sourceClicks: 1, isFirstPurchase: true });
    expect(facts.rules).toHaveLength(1);
  });

  it("finds the stored conversion with its commissions (the idempotency pre-check)", async () => {
    const { program, link } = await network();
    const input = sale(uniqueId("s"), await addClick(link));
    const { conversion } = await recordConversion({ db, program }, input);
    const facts = await loadConversionFacts(db, program, input, new Date(), null);
    expect(facts.existing?.id).toBe(conversion.id);
    expect(facts.existing?.entries.map((e) => [e.level, e.amount])).toEqual([
      [0, 1000n],
      [1, 100n],
      [2, 50n],
    ]);
  });
});
