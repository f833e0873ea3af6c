import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { DAY_MS } from "~/lib/dates";

/**
 * Points for sales, leads and installs whose own commission was approved (or already paid):
 * results that held through the hold period. One INSERT … SELECT for the program, keyed
 * "conversion:<id>", so a replay or a second worker finds the unique (enrollment, source)
 * taken and awards nothing. Only entries whose hold ended within `lookbackDays` are looked at
 * (ledger_program_status_idx), which keeps the every-minute run cheap; the daily run looks
 * further back for commissions approved late, after a fraud review. Returns who got points.
 */
export async function awardConversionPoints(
  db: Executor,
  programId: string,
  options: { now: Date; lookbackDays: number },
): Promise<string[]> {
  const since = new Date(options.now.getTime() - options.lookbackDays * DAY_MS);
  const rows = await db.execute<{ enrollment_id: string }>(sql`
    insert into point_awards (program_id, enrollment_id, event, points, source_key)
    select l.program_id, l.enrollment_id, r.event, r.points, 'conversion:' || c.id
    from ledger_entries l
    join conversions c on c.id = l.conversion_id
    join point_rules r on r.program_id = l.program_id and r.event::text = c.type::text
    where l.program_id = ${programId}::uuid
      and l.status in ('approved', 'paid')
      and l.hold_until > ${since.toISOString()}::timestamptz
      and l.kind = 'commission' and l.level = 0
      and c.type in ('sale', 'lead', 'install')
      and r.active and r.points > 0
    on conflict (enrollment_id, source_key) do nothing
    returning enrollment_id`);
  return [...new Set(rows.map((row) => row.enrollment_id))];
}
