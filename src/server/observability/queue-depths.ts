import type { Sql } from "postgres";
import { withTimeout } from "~/server/db/unavailable";
import type { QueueDepth } from "./metrics";

/** A scrape should not hang on a busy database: past this the gauges are left out. */
const READ_TIMEOUT_MS = 2_000;

/**
 * Waiting and running jobs of each queue, straight from pg-boss's job table in one query
 * (pg-boss 10's getQueueSize would be one query per queue and state). Waiting jobs are those
 * before "active" in pg-boss's state order, as getQueueSize counts them, which a partial index
 * of pg-boss covers. Every named queue is listed, empty ones with zeros.
 */
export async function readQueueDepths(
  sql: Sql,
  schema: string,
  names: readonly string[],
): Promise<QueueDepth[]> {
  const rows = await withTimeout(
    sql<{ name: string; queued: number; active: number }[]>`
      select name,
             count(*) filter (where state < 'active')::int as queued,
             count(*) filter (where state = 'active')::int as active
        from ${sql(schema)}.job
       where state <= 'active'
       group by name`.execute(),
    READ_TIMEOUT_MS,
  );
  const byName = new Map(rows.map((row) => [row.name, row]));
  return names.map((queue) => ({
    queue,
    queued: byName.get(queue)?.queued ?? 0,
    active: byName.get(queue)?.active ?? 0,
  }));
}
