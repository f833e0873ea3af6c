import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { statsDaily, statsHourly } from "~/server/db/schema";

export type RollupCounters = {
  clicks?: number;
  uniqueClicks?: number;
  paidClicks?: number;
  impressions?: number;
  paidImpressions?: number;
  sales?: number;
  leads?: number;
  installs?: number;
  actions?: number;
  revenue?: bigint;
  refunded?: bigint;
  commission?: bigint;
};

/** Counts to add for one event (or a batch): negative values subtract (reversals). */
export type RollupIncrement = {
  programId: string;
  /** Null for unattributed traffic. */
  enrollmentId: string | null;
  /** Null for a promo-code or unattributed conversion. Not part of the daily key. */
  linkId: string | null;
  at: Date;
  counters: RollupCounters;
};

const INT_COUNTERS = [
  "clicks",
  "uniqueClicks",
  "paidClicks",
  "impressions",
  "paidImpressions",
  "sales",
  "leads",
  "installs",
  "actions",
] as const;
const MONEY_COUNTERS = ["revenue", "refunded", "commission"] as const;
type Totals = Record<(typeof INT_COUNTERS)[number], number> &
  Record<(typeof MONEY_COUNTERS)[number], bigint>;

const HOUR_MS = 3_600_000;
/**
 * Sorts after any uuid, as NULL sorts last in PostgreSQL: with it the keys order like
 * `ORDER BY program_id, enrollment_id, link_id, hour` (daily: program_id, enrollment_id, day),
 * the order the click and impression writer (record-events.ts) locks rows in.
 */
const LAST = "~";

export const hourOf = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
/** UTC day, as the daily rollup keys it. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Adds increments to stats_hourly and stats_daily with INSERT … ON CONFLICT DO UPDATE. Rows of
 * the same key are merged first (one statement may not update a row twice) and sorted by key,
 * so concurrent transactions lock rows in the same order and cannot deadlock; hourly rows are
 * always written before daily ones for the same reason (record-events.ts does the same).
 */
export async function addToRollups(
  db: Executor,
  increments: readonly RollupIncrement[],
): Promise<void> {
  if (increments.length === 0) return;
  const hourly = merge(increments, (i) => {
    const hour = hourOf(i.at);
    const key = [i.programId, i.enrollmentId ?? LAST, i.linkId ?? LAST, hour.toISOString()].join(
      "|",
    );
    return {
      key,
      row: { programId: i.programId, enrollmentId: i.enrollmentId, linkId: i.linkId, hour },
    };
  });
  const daily = merge(increments, (i) => {
    const day = dayOf(i.at);
    const key = [i.programId, i.enrollmentId ?? LAST, day].join("|");
    return { key, row: { programId: i.programId, enrollmentId: i.enrollmentId, day } };
  });
  await db
    .insert(statsHourly)
    .values(hourly)
    .onConflictDoUpdate({
      target: [
        statsHourly.programId,
        statsHourly.enrollmentId,
        statsHourly.linkId,
        statsHourly.hour,
      ],
      set: addExcluded("stats_hourly"),
    });
  await db
    .insert(statsDaily)
    .values(daily)
    .onConflictDoUpdate({
      target: [statsDaily.programId, statsDaily.day, statsDaily.enrollmentId],
      set: addExcluded("stats_daily"),
    });
}

function merge<Row>(
  increments: readonly RollupIncrement[],
  keyOf: (increment: RollupIncrement) => { key: string; row: Row },
): (Row & Totals)[] {
  const byKey = new Map<string, Row & Totals>();
  for (const increment of increments) {
    const { key, row } = keyOf(increment);
    let merged = byKey.get(key);
    if (!merged) {
      merged = { ...row, ...zeroTotals() };
      byKey.set(key, merged);
    }
    for (const name of INT_COUNTERS) merged[name] += increment.counters[name] ?? 0;
    for (const name of MONEY_COUNTERS) merged[name] += increment.counters[name] ?? 0n;
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}

function zeroTotals(): Totals {
  return {
    clicks: 0,
    uniqueClicks: 0,
    paidClicks: 0,
    impressions: 0,
    paidImpressions: 0,
    sales: 0,
    leads: 0,
    installs: 0,
    actions: 0,
    revenue: 0n,
    refunded: 0n,
    commission: 0n,
  };
}

const snake = (name: string) => name.replace(/[A-Z]/g, (char) => `_${char.toLowerCase()}`);

function addExcluded(table: "stats_hourly" | "stats_daily"): Record<string, SQL> {
  return Object.fromEntries(
    [...INT_COUNTERS, ...MONEY_COUNTERS].map((name) => {
      const column = snake(name);
      return [name, sql.raw(`"${table}"."${column}" + excluded."${column}"`)];
    }),
  );
}
