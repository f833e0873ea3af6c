import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { markCarried } from "./running-carry";
import { addDays, utcDay } from "~/lib/dates";

/**
 * Rebuilds a program's running totals from its daily rollup in one INSERT … SELECT with
 * window sums, through tomorrow: for data written straight into stats_daily (the benchmark's
 * generated rollups, imports, tests) and for repair. Run it while the program records no
 * conversions: it replaces the rows wholesale without the partners' locks.
 */
export async function rebuildRunningTotals(db: Executor, programId: string, now = new Date()) {
  const through = addDays(utcDay(now), 1);
  const active = sql`(s.sales <> 0 or s.leads <> 0 or s.installs <> 0 or s.actions <> 0
    or s.revenue <> 0 or s.commission <> 0)`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from stats_running where program_id = ${programId}`);
    await tx.execute(sql`
      insert into stats_running (program_id, enrollment_id, day, sales, conversions, revenue, commission)
      select ${programId}, p.enrollment_id, g.d::date,
        sum(coalesce(s.sales, 0)) over w,
        sum(coalesce(s.sales::bigint + s.leads + s.installs + s.actions, 0)) over w,
        sum(coalesce(s.revenue, 0)) over w,
        sum(coalesce(s.commission, 0)) over w
      from (
        select s.enrollment_id, min(s.day) as first, greatest(max(s.day), ${through}::date) as last
        from stats_daily s
        where s.program_id = ${programId} and s.enrollment_id is not null and ${active}
        group by s.enrollment_id) p
        cross join lateral generate_series(p.first, p.last, interval '1 day') g(d)
        left join stats_daily s
          on s.program_id = ${programId} and s.enrollment_id = p.enrollment_id and s.day = g.d::date
      window w as (partition by p.enrollment_id order by g.d)
      -- Day by day, the physical order the daily carry-forward gives a live table.
      order by g.d, p.enrollment_id`);
    await markCarried(tx, programId, through);
  });
}
