import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { carriedThrough, carryRunningTotals } from "~/server/tracking/running-carry";
import { addDays } from "~/lib/dates";
import type { DayRange } from "~/lib/period";

/** Partners listed on each side. */
export const MOVERS = 5;

export type Mover = {
  enrollmentId: string;
  name: string | null;
  email: string;
  /** Commission (minor units, direct, net of reversals) in the period and in the one before. */
  current: bigint;
  previous: bigint;
  change: bigint;
};

type Row = {
  enrollment_id: string;
  name: string | null;
  email: string;
  current: string;
  previous: string;
  change: string;
};

/**
 * The partners whose commission rose most and fell most between two periods. One aggregate
 * over the running totals (stats_running), as rank-partners.ts ranks: a partner's commission
 * over a range is its total at the last day minus its total the day before the first, so the
 * two periods take four days of the primary key (program, day, partner) whatever their
 * length, one row per partner each; no rollup days, no raw events. The carry-forward is
 * checked (and run when behind) the same way, so quiet partners are not missing.
 */
export async function topMovers(
  db: Executor,
  programId: string,
  periods: { current: DayRange; previous: DayRange },
  limit: number = MOVERS,
): Promise<{ rising: Mover[]; falling: Mover[] }> {
  const { current, previous } = periods;
  const days = {
    nowHi: current.to,
    nowLo: addDays(current.from, -1),
    thenHi: previous.to,
    thenLo: addDays(previous.from, -1),
  };
  const at = (day: string) =>
    sql`coalesce(sum(r.commission) filter (where r.day = ${day}::date), 0)`;
  const read = () =>
    db.execute<Row>(sql`
      with totals as (
        select r.enrollment_id,
          ${at(days.nowHi)} - ${at(days.nowLo)} as current,
          ${at(days.thenHi)} - ${at(days.thenLo)} as previous
        from stats_running r
        where r.program_id = ${programId}
          and r.day in (${days.nowHi}::date, ${days.nowLo}::date, ${days.thenHi}::date, ${days.thenLo}::date)
        group by r.enrollment_id
      ), moved as (
        (select *, current - previous as change from totals where current > previous
          order by current - previous desc, enrollment_id limit ${limit})
        union all
        (select *, current - previous as change from totals where current < previous
          order by current - previous asc, enrollment_id limit ${limit})
      )
      select m.enrollment_id, u.name, u.email, m.current::text, m.previous::text, m.change::text
      from moved m
        join enrollments e on e.id = m.enrollment_id
        join users u on u.id = e.partner_id
      order by m.change desc, m.enrollment_id`);
  // The marker is read alongside (one round trip); when the daily carry is behind, this
  // carries the program and reads again, as rank-partners does.
  const [carried, first] = await Promise.all([carriedThrough(db, programId), read()]);
  let rows = first;
  if (carried === null || carried < days.nowHi) {
    await carryRunningTotals(db, { programId, through: days.nowHi });
    rows = await read();
  }
  const movers = [...rows].map((row): Mover => ({
    enrollmentId: row.enrollment_id,
    name: row.name,
    email: row.email,
    current: BigInt(row.current),
    previous: BigInt(row.previous),
    change: BigInt(row.change),
  }));
  return {
    rising: movers.filter((m) => m.change > 0n),
    falling: movers.filter((m) => m.change < 0n).reverse(),
  };
}
