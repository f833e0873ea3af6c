import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "./prepared-sql";
import type { RollupIncrement } from "./rollup-types";
import { addToRunningTotals } from "./running-totals";
import { HOUR_MS } from "~/lib/dates";

export type { RollupCounters, RollupIncrement } from "./rollup-types";

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
 * Adds increments to stats_hourly, stats_daily and (those with a sub-id) stats_subid_daily with
 * INSERT … ON CONFLICT DO UPDATE. Rows of the same key are merged first (one statement may not
 * update a row twice) and written in key order, hourly, then daily, then per sub-id, in one
 * statement shaped like record-events.ts's (the main insert runs first, then the CTEs nobody
 * reads, the one declared last first): concurrent writers lock rows in one global order and
 * cannot deadlock. Callers in a transaction should call it last, right before commit: a busy
 * partner's rows stay locked from here until the commit, which serialises that partner's
 * writers.
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
      row: {
        program_id: i.programId,
        enrollment_id: i.enrollmentId,
        link_id: i.linkId,
        hour: hour.toISOString(),
      },
    };
  });
  const daily = merge(increments, (i) => {
    const day = dayOf(i.at);
    const key = [i.programId, i.enrollmentId ?? LAST, day].join("|");
    return { key, row: { program_id: i.programId, enrollment_id: i.enrollmentId, day } };
  });
  // jsonb_to_recordset reads only the columns it declares: the other counters stay out.
  const bySubId = merge(
    increments.filter((i) => i.subId != null && i.enrollmentId !== null),
    (i) => {
      const day = dayOf(i.at);
      const key = [i.programId, i.enrollmentId, i.subId, day].join("|");
      return {
        key,
        row: { program_id: i.programId, enrollment_id: i.enrollmentId, sub_id: i.subId, day },
      };
    },
  ).map((row) => ({ ...row, conversions: row.sales + row.leads + row.installs + row.actions }));
  // Not awaited yet: on a transaction's connection the running totals' statements follow it in
  // the same round trip (the server still runs them after it, in order).
  const written = executePrepared(
    db,
    sql`
    with sd as (
      insert into stats_subid_daily as s (program_id, enrollment_id, sub_id, day, ${SUB_ID_COLUMNS})
      select program_id, enrollment_id, sub_id, day, ${SUB_ID_COLUMNS}
      from jsonb_to_recordset(${json(bySubId)}::jsonb)
        as x(program_id uuid, enrollment_id uuid, sub_id text, day date, ${SUB_ID_COLUMN_TYPES})
      order by program_id, enrollment_id, sub_id, day
      on conflict on constraint stats_subid_daily_key_uq do update set ${SUB_ID_ADD_EXCLUDED}
    ), d as (
      insert into stats_daily as s (program_id, enrollment_id, day, ${COLUMNS})
      select program_id, enrollment_id, day, ${COLUMNS}
      from jsonb_to_recordset(${json(daily)}::jsonb)
        as x(program_id uuid, enrollment_id uuid, day date, ${COLUMN_TYPES})
      order by program_id, enrollment_id, day
      on conflict on constraint stats_daily_key_uq do update set ${ADD_EXCLUDED}
    )
    insert into stats_hourly as s (program_id, enrollment_id, link_id, hour, ${COLUMNS})
    select program_id, enrollment_id, link_id, hour, ${COLUMNS}
    from jsonb_to_recordset(${json(hourly)}::jsonb)
      as x(program_id uuid, enrollment_id uuid, link_id uuid, hour timestamptz, ${COLUMN_TYPES})
    order by program_id, enrollment_id, link_id, hour
    on conflict on constraint stats_hourly_key_uq do update set ${ADD_EXCLUDED}`,
  );
  // Its failure is reported by the await below (the root cause, not the "transaction is
  // aborted" of the statements after it), not as an unhandled rejection meanwhile.
  written.catch(() => undefined);
  try {
    await addToRunningTotals(db, increments);
  } finally {
    await written;
  }
}

const snake = (name: string) => name.replace(/[A-Z]/g, (char) => `_${char.toLowerCase()}`);
const COUNTER_COLUMNS = [...INT_COUNTERS, ...MONEY_COUNTERS].map(snake);
// Constant text (no input reaches it), so the statement text never varies.
const COLUMNS = sql.raw(COUNTER_COLUMNS.join(", "));
const COLUMN_TYPES = sql.raw(
  [
    ...INT_COUNTERS.map((name) => `${snake(name)} integer`),
    ...MONEY_COUNTERS.map((name) => `${snake(name)} bigint`),
  ].join(", "),
);
const ADD_EXCLUDED = sql.raw(
  COUNTER_COLUMNS.map((column) => `${column} = s.${column} + excluded.${column}`).join(", "),
);

/*
 * The sub-id rollup keeps fewer counters: conversions of every type in one, revenue gross of
 * refunds (as stats_daily.revenue), commission net of reversals.
 */
const SUB_ID_COUNTERS = ["clicks", "unique_clicks", "conversions", "revenue", "commission"];
const SUB_ID_COLUMNS = sql.raw(SUB_ID_COUNTERS.join(", "));
const SUB_ID_COLUMN_TYPES = sql.raw(
  "clicks integer, unique_clicks integer, conversions integer, revenue bigint, commission bigint",
);
const SUB_ID_ADD_EXCLUDED = sql.raw(
  SUB_ID_COUNTERS.map((column) => `${column} = s.${column} + excluded.${column}`).join(", "),
);

/** Rows as JSON with the columns' names, money as decimal strings (bigint has no JSON form). */
const json = (rows: readonly object[]) =>
  JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([name, value]) => [
          snake(name),
          typeof value === "bigint" ? value.toString() : (value as unknown),
        ]),
      ),
    ),
  );

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
