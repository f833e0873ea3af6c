/**
 * CPC and CPV settlement: one pending commission per partner, event and closed UTC day, priced
 * from the daily rollup by the program's traffic rules, and written once however often it runs.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { commissionRules, ledgerEntries, statsDaily } from "~/server/db/schema/index";
import { settleTraffic, utcDay } from "~/server/services/ledger/settle-traffic";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";

const DAY = "2001-03-04";

async function programWithTrafficRules() {
  const { program } = await makeProgram({ holdPeriodDays: 10 });
  const [cpc] = await db
    .insert(commissionRules)
    .values({
      programId: program.id,
      name: "CPC",
      event: "click",
      basis: "flat",
      amount: 7n,
      tierBonusBps: { gold: 5_000 },
    })
    .returning();
  const [cpv] = await db
    .insert(commissionRules)
    .values({
      programId: program.id,
      name: "CPV",
      event: "impression",
      basis: "flat",
      amount: 250n,
    })
    .returning();
  // An inactive rule with a higher priority must not win.
  await db.insert(commissionRules).values({
    programId: program.id,
    name: "old CPC",
    event: "click",
    basis: "flat",
    amount: 1_000n,
    priority: 10,
    active: false,
  });
  return { program, cpc: cpc!, cpv: cpv! };
}

async function rollup(
  programId: string,
  enrollmentId: string | null,
  clicks: number,
  views: number,
) {
  await db.insert(statsDaily).values({
    programId,
    enrollmentId,
    day: DAY,
    clicks: clicks + 5,
    uniqueClicks: clicks + 2,
    paidClicks: clicks,
    impressions: views,
    paidImpressions: views,
  });
}

const entriesOf = (programId: string) =>
  db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.programId, programId), eq(ledgerEntries.trafficDay, DAY)));

describe("settleTraffic", () => {
  it("pays paid clicks and impressions with the right rule, tier bonus and hold", async () => {
    const { program, cpc, cpv } = await programWithTrafficRules();
    const plain = await makePartner(program.id);
    const gold = await makePartner(program.id, { tierKey: "gold" });
    const idle = await makePartner(program.id);
    await rollup(program.id, plain.enrollment.id, 12, 1_002);
    await rollup(program.id, gold.enrollment.id, 3, 0);
    await rollup(program.id, idle.enrollment.id, 0, 0);
    await rollup(program.id, null, 40, 4_000); // unattributed traffic pays nobody

    await expect(settleTraffic(db, DAY, { programId: program.id })).resolves.toEqual({
      inserted: 3,
      skipped: 0,
    });
    const entries = await entriesOf(program.id);
    const summary = entries
      .map((e) => [e.enrollmentId, e.trafficEvent, e.amount, e.ruleId] as const)
      .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
    expect(summary).toEqual(
      [
        [plain.enrollment.id, "click", 84n, cpc.id], // 12 × 7
        [plain.enrollment.id, "impression", 251n, cpv.id], // 250 × 1002 / 1000 = 250.5 → 251
        [gold.enrollment.id, "click", 32n, cpc.id], // 3 × 7 × 1.5 = 31.5 → 32
      ].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
    );
    for (const entry of entries) {
      expect(entry).toMatchObject({ kind: "commission", status: "pending", currency: "EUR" });
      // Held from the end of the day: 2001-03-05 plus the program's 10 days.
      expect(entry.holdUntil.toISOString()).toBe("2001-03-15T00:00:00.000Z");
    }
  });

  it("writes nothing twice, run after run or run against run", async () => {
    const { program } = await programWithTrafficRules();
    const partners = await Promise.all(Array.from({ length: 5 }, () => makePartner(program.id)));
    for (const [i, partner] of partners.entries()) {
      await rollup(program.id, partner.enrollment.id, 10 + i, 0);
    }
    const runs = await Promise.all(
      Array.from({ length: 3 }, () => settleTraffic(db, DAY, { programId: program.id })),
    );
    expect(runs.reduce((sum, run) => sum + run.inserted, 0)).toBe(5);
    await expect(settleTraffic(db, DAY, { programId: program.id })).resolves.toEqual({
      inserted: 0,
      skipped: 5,
    });
    expect(await entriesOf(program.id)).toHaveLength(5);
  });

  it("pays nothing without a traffic rule", async () => {
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    await rollup(program.id, enrollment.id, 100, 10_000);
    await expect(settleTraffic(db, DAY, { programId: program.id })).resolves.toEqual({
      inserted: 0,
      skipped: 0,
    });
    expect(await entriesOf(program.id)).toHaveLength(0);
  });

  it("refuses a day that is not over yet, or not a day", async () => {
    const now = new Date();
    await expect(settleTraffic(db, utcDay(now), { now })).rejects.toThrow(/not over yet/);
    await expect(settleTraffic(db, utcDay(now, -1), { now })).rejects.toThrow(/not over yet/);
    await expect(settleTraffic(db, "2001-02-30x")).rejects.toThrow(/not a day/);
    await expect(
      settleTraffic(db, utcDay(now, 1), { now, programId: crypto.randomUUID() }),
    ).resolves.toEqual({ inserted: 0, skipped: 0 });
  });
});
