/**
 * Maintenance of stats_running: per partner and UTC day, the totals from the partner's first
 * conversion through the end of that day, so a ranking reads two days instead of summing all
 * days between (src/server/services/stats/rank-partners.ts).
 *
 * Invariants:
 * - Dense: from a partner's first row on, there is a row for every day, through at least
 *   tomorrow once the partner has been written to or carried forward (running-carry.ts).
 * - Every insert or update of a partner's rows happens under that partner's transaction-level
 *   advisory lock. Row locks alone are not enough: an UPDATE does not see rows another
 *   transaction appended after the UPDATE's snapshot was taken, so a carry-forward racing a
 *   late event could copy totals without the event's delta. Writers of one partner already
 *   wait for each other on the stats_daily row of the day, so the lock costs little.
 * - Revenue is gross of refunds, as stats_daily.revenue (what rankings by revenue report);
 *   commission is net of reversals. Clicks are not kept: see rank-partners.ts.
 *
 * Call inside a transaction (addToRollups' callers do): the statements are pipelined on its
 * connection, and the lock is released at its end.
 */
import { sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "./prepared-sql";
import type { RollupIncrement } from "./rollup-types";
import { addDays, utcDay } from "~/lib/dates";
import { addDelta, deltaOf, deltaRanges, isZeroDelta, type RunningDelta } from "./running-delta";

/** First key of the two-key advisory locks on partners ("RU"); the second is hashtext(id). */
export const RUNNING_LOCK_SPACE = 0x5255;

/**
 * Locks partners' running totals until the end of the transaction, in one order (the lock
 * key's), so two transactions locking several partners cannot deadlock.
 */
export async function lockPartners(db: Executor, enrollmentIds: readonly string[]) {
  if (enrollmentIds.length === 0) return;
  // The subquery's ORDER BY feeds the aggregate in key order, which is the order locks are taken.
  await executePrepared(
    db,
    sql`
    select count(pg_advisory_xact_lock(${RUNNING_LOCK_SPACE}, k)) from (
      select distinct hashtext(id::text) as k from unnest(${`{${enrollmentIds.join(",")}}`}::uuid[]) id
      order by k) keys`,
  );
}

type Partner = { programId: string; enrollmentId: string; days: Map<string, RunningDelta> };

/**
 * Adds the conversion counters of rollup increments (unattributed ones skipped) to the
 * running totals: for a delta on day d, rows are first made to exist from d (or from the day
 * after the partner's last row, if earlier) through tomorrow, carrying the last totals
 * forward, then every row from d on gets the delta. A late event (a refund booked on an old sale's day) touches one row per
 * day since; that is rare and bounded by the age of the sale.
 */
export async function addToRunningTotals(
  db: Executor,
  increments: readonly RollupIncrement[],
  now = new Date(),
): Promise<void> {
  const partners = new Map<string, Partner>();
  for (const increment of increments) {
    const delta = deltaOf(increment.counters);
    if (increment.enrollmentId === null || isZeroDelta(delta)) continue;
    const key = `${increment.programId}|${increment.enrollmentId}`;
    let partner = partners.get(key);
    if (!partner) {
      partner = {
        programId: increment.programId,
        enrollmentId: increment.enrollmentId,
        days: new Map(),
      };
      partners.set(key, partner);
    }
    const day = utcDay(increment.at);
    partner.days.set(day, addDelta(partner.days.get(day), delta));
  }
  if (partners.size === 0) return;
  // The lock must live until the commit, and pipelined statements need one connection.
  if (!(db instanceof PgTransaction)) {
    return db.transaction((tx) => addToRunningTotals(tx, increments, now));
  }
  const sorted = [...partners.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, p]) => p);
  const tomorrow = addDays(utcDay(now), 1);
  // Three statements whatever the batch, sent at once: on a transaction's connection they
  // run in order (lock first) in one round trip, as addToRollups pipelines its writes.
  await Promise.all([
    lockPartners(
      db,
      sorted.map((p) => p.enrollmentId),
    ),
    fillDays(db, sorted, tomorrow),
    addDeltas(db, sorted),
  ]);
}

/**
 * Inserts each partner's missing rows from its first delta's day (or from the day after its
 * last row, if earlier) through tomorrow or its last delta's day: zeros before its first row,
 * its last totals after its last one.
 */
async function fillDays(db: Executor, partners: readonly Partner[], tomorrow: string) {
  const spans = partners.map((p) => {
    const days = [...p.days.keys()].sort();
    const last = days[days.length - 1]!;
    return {
      program_id: p.programId,
      enrollment_id: p.enrollmentId,
      from_day: days[0]!,
      to_day: last > tomorrow ? last : tomorrow,
    };
  });
  await executePrepared(
    db,
    sql`
    with p as (
      select * from jsonb_to_recordset(${JSON.stringify(spans)}::jsonb)
        as x(program_id uuid, enrollment_id uuid, from_day date, to_day date)),
    b as (
      select p.*, m.first, m.last, t.sales, t.conversions, t.revenue, t.commission from p
        cross join lateral (select min(day) as first, max(day) as last from stats_running r
          where r.program_id = p.program_id and r.enrollment_id = p.enrollment_id) m
        left join lateral (select sales, conversions, revenue, commission from stats_running r
          where r.program_id = p.program_id and r.enrollment_id = p.enrollment_id
          order by day desc limit 1) t on true)
    insert into stats_running (program_id, enrollment_id, day, sales, conversions, revenue, commission)
    select b.program_id, b.enrollment_id, g.day,
      case when g.day > b.last then b.sales else 0 end,
      case when g.day > b.last then b.conversions else 0 end,
      case when g.day > b.last then b.revenue else 0 end,
      case when g.day > b.last then b.commission else 0 end
    from b cross join lateral (
      select d::date as day
      from generate_series(least(b.from_day, b.last + 1), b.to_day, interval '1 day') d) g
    where b.first is null or g.day < b.first or g.day > b.last
    on conflict do nothing`,
  );
}

/**
 * One UPDATE for all partners: per partner, the rows from each delta's day to the next one's
 * get the sum of its deltas so far (the ranges are disjoint, so no row matches twice).
 */
async function addDeltas(db: Executor, partners: readonly Partner[]) {
  const ranges = partners.flatMap((p) =>
    deltaRanges(p.days).map(({ from, until, total }) => ({
      program_id: p.programId,
      enrollment_id: p.enrollmentId,
      from_day: from,
      until_day: until,
      sales: String(total.sales),
      conversions: String(total.conversions),
      revenue: String(total.revenue),
      commission: String(total.commission),
    })),
  );
  await executePrepared(
    db,
    sql`
    update stats_running s set sales = s.sales + r.sales, conversions = s.conversions + r.conversions,
      revenue = s.revenue + r.revenue, commission = s.commission + r.commission
    from jsonb_to_recordset(${JSON.stringify(ranges)}::jsonb)
      as r(program_id uuid, enrollment_id uuid, from_day date, until_day date, sales bigint,
        conversions bigint, revenue bigint, commission bigint)
    where s.program_id = r.program_id and s.enrollment_id = r.enrollment_id
      and s.day >= r.from_day and (r.until_day is null or s.day < r.until_day)`,
  );
}
