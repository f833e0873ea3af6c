/**
 * Carrying running totals forward (see running-totals.ts): partners without a conversion for
 * a while have no rows for the latest days until something copies their last totals there.
 * The daily job does it for every program through tomorrow, so a ranking ending today or
 * tomorrow finds every partner; a ranking ending after a program's marker does it first.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { lockPartners } from "./running-totals";

/** Partners per transaction: each holds one advisory lock per partner until it commits. */
const BATCH = 500;

export type CarryResult = { programs: number; rows: number };

/** Gives every partner of one program (or of all) a row for each day through `through`. */
export async function carryRunningTotals(
  db: Executor,
  options: { through: string; programId?: string },
): Promise<CarryResult> {
  const { through } = options;
  const programIds = options.programId
    ? [options.programId]
    : [...(await db.execute<{ id: string }>(sql`select id from programs order by id`))].map(
        (row) => row.id,
      );
  let rows = 0;
  for (const programId of programIds) {
    const partners = [
      ...(await db.execute<{ id: string }>(
        sql`select id from enrollments where program_id = ${programId} order by id`,
      )),
    ].map((row) => row.id);
    for (let start = 0; start < partners.length; start += BATCH) {
      const batch = partners.slice(start, start + BATCH);
      rows += await db.transaction(async (tx) => {
        await lockPartners(tx, batch);
        // Under the locks, each partner's last row is final: no writer can add to it meanwhile.
        const inserted = await tx.execute(sql`
          insert into stats_running (program_id, enrollment_id, day, sales, conversions, revenue, commission)
          select ${programId}, e.id, g.d::date, t.sales, t.conversions, t.revenue, t.commission
          from unnest(${`{${batch.join(",")}}`}::uuid[]) e(id)
            cross join lateral (
              select day, sales, conversions, revenue, commission from stats_running r
              where r.enrollment_id = e.id and r.program_id = ${programId}
              order by r.day desc limit 1) t
            cross join lateral generate_series(t.day + 1, ${through}::date, interval '1 day') g(d)
          on conflict do nothing`);
        return inserted.count;
      });
    }
    await markCarried(db, programId, through);
  }
  return { programs: programIds.length, rows };
}

/** Records that every partner of the program has rows through `through` (never moves back). */
export async function markCarried(db: Executor, programId: string, through: string) {
  await db.execute(sql`
    insert into stats_running_carried (program_id, through) values (${programId}, ${through}::date)
    on conflict (program_id) do update
      set through = greatest(stats_running_carried.through, excluded.through)`);
}

/** The day through which every partner of the program has rows, or null if never carried. */
export async function carriedThrough(db: Executor, programId: string): Promise<string | null> {
  const [row] = await db.execute<{ through: string }>(
    sql`select through::text from stats_running_carried where program_id = ${programId}`,
  );
  return row?.through ?? null;
}
