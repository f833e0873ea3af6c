/**
 * Running totals (stats_running) against references: the sums of the daily rollup they are
 * kept beside, a model of the increments, and the ranking the daily rollup used to give.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statsRunning, statsRunningCarried } from "~/server/db/schema/index";
import { rankPartners } from "~/server/services/stats/program/rank-partners";
import { carryRunningTotals } from "~/server/tracking/running-carry";
import { addDays, utcDay } from "~/lib/dates";
import { addToRunningTotals } from "~/server/tracking/running-totals";
import { addToRollups, type RollupCounters } from "~/server/tracking/rollups";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";

const today = utcDay(new Date());
const tomorrow = addDays(today, 1);
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

async function programWithPartners(count: number) {
  const { program } = await makeProgram();
  const partners = await Promise.all(
    Array.from({ length: count }, () => makePartner(program.id).then((p) => p.enrollment.id)),
  );
  return { programId: program.id, partners: partners.sort() };
}

const record = (programId: string, enrollmentId: string | null, day: string, c: RollupCounters) =>
  db.transaction((tx) =>
    addToRollups(tx, [{ programId, enrollmentId, linkId: null, at: noon(day), counters: c }]),
  );

const runningRows = (programId: string) =>
  db
    .select()
    .from(statsRunning)
    .where(eq(statsRunning.programId, programId))
    .orderBy(asc(statsRunning.enrollmentId), asc(statsRunning.day));

/** Every day of every partner with conversions, running sums of stats_daily, through `through`. */
async function expectedFromDaily(programId: string, through: string) {
  const rows = await db.execute<{
    enrollment_id: string;
    day: string;
    sales: string;
    conversions: string;
    revenue: string;
    commission: string;
  }>(sqlExpected(programId, through));
  return [...rows].map((r) => ({
    programId,
    enrollmentId: r.enrollment_id,
    day: r.day,
    sales: BigInt(r.sales),
    conversions: BigInt(r.conversions),
    revenue: BigInt(r.revenue),
    commission: BigInt(r.commission),
  }));
}

const sqlExpected = (programId: string, through: string) => sql`
  with p as (
    select enrollment_id, min(day) as first from stats_daily
    where program_id = ${programId} and enrollment_id is not null
      and (sales <> 0 or leads <> 0 or installs <> 0 or actions <> 0 or revenue <> 0 or commission <> 0)
    group by 1)
  select p.enrollment_id, g.d::date::text as day,
    (select coalesce(sum(s.sales), 0) from stats_daily s where s.program_id = ${programId}
      and s.enrollment_id = p.enrollment_id and s.day <= g.d::date)::text as sales,
    (select coalesce(sum(s.sales + s.leads + s.installs + s.actions), 0) from stats_daily s
      where s.program_id = ${programId} and s.enrollment_id = p.enrollment_id and s.day <= g.d::date)::text as conversions,
    (select coalesce(sum(s.revenue), 0) from stats_daily s where s.program_id = ${programId}
      and s.enrollment_id = p.enrollment_id and s.day <= g.d::date)::text as revenue,
    (select coalesce(sum(s.commission), 0) from stats_daily s where s.program_id = ${programId}
      and s.enrollment_id = p.enrollment_id and s.day <= g.d::date)::text as commission
  from p cross join lateral generate_series(p.first, ${through}::date, interval '1 day') g(d)
  order by 1, 2`;

/** The ranking as it was computed before running totals: sums of the daily rollup. */
async function rankFromDaily(programId: string, metric: string, from: string, to: string) {
  const value = {
    sales: sql`sum(sales)`,
    conversions: sql`sum(sales + leads + installs + actions)`,
    revenue: sql`sum(revenue)`,
    commission: sql`sum(commission)`,
  }[metric]!;
  const rows = await db.execute<{ enrollment_id: string; value: string }>(sql`
    select enrollment_id, (${value})::text as value from stats_daily
    where program_id = ${programId} and enrollment_id is not null and day between ${from} and ${to}
    group by 1
    having sum(sales) <> 0 or sum(sales + leads + installs + actions) <> 0
      or sum(revenue) <> 0 or sum(commission) <> 0
    order by ${value} desc, enrollment_id`);
  return [...rows].map((r, i) => ({
    rank: i + 1,
    enrollmentId: r.enrollment_id,
    value: BigInt(r.value),
  }));
}

const METRICS = ["sales", "conversions", "revenue", "commission"] as const;

function countersOf(op: { kind: string; amount: bigint }): RollupCounters {
  if (op.kind === "sale") return { sales: 1, revenue: op.amount, commission: op.amount / 10n };
  if (op.kind === "refund") return { refunded: op.amount, commission: -(op.amount / 10n) };
  if (op.kind === "clicks") return { clicks: 3, uniqueClicks: 2 };
  return { [`${op.kind}s`]: 1, commission: 50n };
}

const incrementArb = fc.record({
  partner: fc.nat({ max: 2 }),
  // Days from 40 ago to tomorrow, in random order: most are late for a running total.
  offset: fc.integer({ min: -40, max: 1 }),
  kind: fc.constantFrom("sale", "lead", "install", "action", "refund", "clicks"),
  amount: fc.bigInt({ min: 1n, max: 100_000n }),
});

describe("running totals", () => {
  it("equal the running sums of the daily rollup after random, late increments, and rank as it did", async () => {
    await fc.assert(
      // Each inner array is one addToRollups call: several partners and days at once.
      fc.asyncProperty(
        fc.array(fc.array(incrementArb, { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 10,
        }),
        async (batches) => {
          const { programId, partners } = await programWithPartners(3);
          for (const batch of batches) {
            const increments = batch.map((op) => ({
              programId,
              enrollmentId: partners[op.partner]!,
              linkId: null,
              at: noon(addDays(today, op.offset)),
              counters: countersOf(op),
            }));
            await db.transaction((tx) => addToRollups(tx, increments));
          }
          // Unattributed conversions are not a partner's.
          await record(programId, null, today, { sales: 5, revenue: 1_000n });

          expect(await runningRows(programId)).toEqual(
            await expectedFromDaily(programId, tomorrow),
          );
          for (const [i, metric] of METRICS.entries()) {
            const from = addDays(today, -30 + i * 3);
            const to = addDays(today, -1 - i);
            expect(await rankPartners(db, { programId, metric, from, to })).toEqual(
              await rankFromDaily(programId, metric, from, to),
            );
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it("stay exact when one partner's increments race each other", async () => {
    const { programId, partners } = await programWithPartners(1);
    const partner = partners[0]!;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        record(programId, partner, addDays(today, -(i % 10)), { sales: 1, revenue: 100n }),
      ),
    );
    const rows = await runningRows(programId);
    expect(rows).toEqual(await expectedFromDaily(programId, tomorrow));
    expect(rows.at(-1)).toMatchObject({ day: tomorrow, sales: 30n, revenue: 3_000n });
  });
});

describe("carrying forward", () => {
  it("copies each partner's last totals through the day asked, once", async () => {
    const { programId, partners } = await programWithPartners(2);
    const [quiet, busy] = partners as [string, string];
    // Written ten days ago: rows through the day after, then nothing.
    const past = new Date(`${addDays(today, -10)}T08:00:00Z`);
    const inc = (enrollmentId: string, day: string, counters: RollupCounters) => ({
      programId,
      enrollmentId,
      linkId: null,
      at: noon(day),
      counters,
    });
    await db.transaction((tx) =>
      addToRunningTotals(tx, [inc(quiet, addDays(today, -12), { sales: 2, revenue: 700n })], past),
    );
    await record(programId, busy, today, { leads: 1, commission: 40n });

    const first = await carryRunningTotals(db, { programId, through: tomorrow });
    expect(first.rows).toBe(10); // the quiet partner's last 10 days; the busy one is current
    const rows = await runningRows(programId);
    const quietRows = rows.filter((r) => r.enrollmentId === quiet);
    expect(quietRows.map((r) => r.day)).toEqual(
      Array.from({ length: 14 }, (_, i) => addDays(today, i - 12)),
    );
    expect(new Set(quietRows.map((r) => r.revenue))).toEqual(new Set([700n]));

    const again = await carryRunningTotals(db, { programId, through: tomorrow });
    expect(again.rows).toBe(0);
    expect(await runningRows(programId)).toEqual(rows);
    const [marker] = await db
      .select()
      .from(statsRunningCarried)
      .where(eq(statsRunningCarried.programId, programId));
    expect(marker?.through).toBe(tomorrow);
  });

  it("never copies totals a concurrent late event is still changing", async () => {
    const { programId, partners } = await programWithPartners(8);
    // Rows stop five days ago, as if the job had not run since; writers that late do not
    // extend them, so only the carry-forward appends rows while they update.
    const past = new Date(`${addDays(today, -6)}T08:00:00Z`);
    const write = (enrollmentId: string, day: string, amount: bigint) =>
      db.transaction((tx) =>
        addToRunningTotals(
          tx,
          [{ programId, enrollmentId, linkId: null, at: noon(day), counters: { revenue: amount } }],
          past,
        ),
      );
    await Promise.all(partners.map((p) => write(p, addDays(today, -20), 1n)));
    for (let round = 0; round < 5; round++) {
      const through = addDays(today, -4 + round);
      await Promise.all([
        ...partners.map((p) => write(p, addDays(today, -10 - round), 10n)),
        carryRunningTotals(db, { programId, through }),
        ...partners.map((p) => write(p, addDays(today, -15), 100n)),
      ]);
    }
    const rows = await runningRows(programId);
    for (const partner of partners) {
      const mine = rows.filter((r) => r.enrollmentId === partner);
      expect(mine.at(-1)).toMatchObject({ day: today, revenue: 551n });
      expect(mine).toHaveLength(21);
    }
  });

  it("is done by a writer for its own partner when the job has not", async () => {
    const { programId, partners } = await programWithPartners(1);
    const partner = partners[0]!;
    const past = new Date(`${addDays(today, -10)}T08:00:00Z`);
    const at = noon(addDays(today, -12));
    await db.transaction((tx) =>
      addToRunningTotals(
        tx,
        [{ programId, enrollmentId: partner, linkId: null, at, counters: { revenue: 700n } }],
        past,
      ),
    );
    await record(programId, partner, today, { sales: 1, revenue: 100n });

    const rows = await runningRows(programId);
    expect(rows.map((r) => [r.day, r.revenue])).toEqual(
      Array.from({ length: 14 }, (_, i) => [addDays(today, i - 12), i < 12 ? 700n : 800n]),
    );
  });

  it("happens before a ranking whose last day the program was not carried to", async () => {
    const { programId, partners } = await programWithPartners(2);
    const [quiet, busy] = partners as [string, string];
    const past = new Date(`${addDays(today, -6)}T08:00:00Z`);
    await db.transaction((tx) =>
      addToRunningTotals(
        tx,
        [
          {
            programId,
            enrollmentId: quiet,
            linkId: null,
            at: noon(addDays(today, -6)),
            counters: { sales: 9 },
          },
        ],
        past,
      ),
    );
    await record(programId, busy, today, { sales: 4 });

    const ranked = await rankPartners(db, {
      programId,
      metric: "sales",
      from: addDays(today, -7),
      to: today,
    });
    expect(ranked).toEqual([
      { rank: 1, enrollmentId: quiet, value: 9n },
      { rank: 2, enrollmentId: busy, value: 4n },
    ]);
    const quietToday = await db
      .select()
      .from(statsRunning)
      .where(and(eq(statsRunning.enrollmentId, quiet), eq(statsRunning.day, today)));
    expect(quietToday).toHaveLength(1);
  });
});

describe("ranking window edges", () => {
  it("counts the first and last day of the range and nothing either side", async () => {
    const { programId, partners } = await programWithPartners(3);
    const [a, b, c] = partners as [string, string, string];
    const day = (n: number) => addDays(today, -20 + n);
    await record(programId, a, day(0), { sales: 1, revenue: 100n }); // the day before the range
    await record(programId, a, day(1), { sales: 1, revenue: 20n }); // first day
    await record(programId, b, day(5), { sales: 1, revenue: 30n }); // last day
    await record(programId, b, day(6), { sales: 1, revenue: 1_000n }); // the day after
    await record(programId, c, day(0), { sales: 1, revenue: 5_000n }); // only before: left out

    const rank = (from: string, to: string) =>
      rankPartners(db, { programId, metric: "revenue", from, to }).then((rows) =>
        rows.map((r) => [r.enrollmentId, r.value]),
      );
    expect(await rank(day(1), day(5))).toEqual([
      [b, 30n],
      [a, 20n],
    ]);
    expect(await rank(day(1), day(1))).toEqual([[a, 20n]]);
    expect(await rank(day(2), day(4))).toEqual([]);
    expect(await rank(addDays(today, -60), day(-1))).toEqual([]);
    // A range reaching past tomorrow reads tomorrow's totals.
    expect(await rank(day(6), addDays(today, 30))).toEqual([[b, 1_000n]]);
  });
});
