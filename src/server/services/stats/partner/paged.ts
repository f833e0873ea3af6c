import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { offsetOf } from "~/lib/paging";

/**
 * A page of a grouped breakdown and the number of its groups, in one statement that always
 * answers (also past the last page). `grouped` must number its rows in display order as `n`
 * (row_number() over (order by …)); a page is rows n in (offset, offset + size].
 */
export async function readPage<T>(
  db: Executor,
  grouped: SQL,
  page: number,
  pageSize: number,
): Promise<{ rows: T[]; total: number }> {
  const offset = offsetOf(page, pageSize);
  const [row] = await db.execute<{ total: number; items: T[] }>(sql`
    with g as (${grouped})
    select (select count(*) from g)::int as total,
      coalesce((select json_agg(g order by g.n) from g
        where g.n > ${offset}::int and g.n <= ${offset + pageSize}::int), '[]'::json) as items`);
  return { rows: row?.items ?? [], total: row?.total ?? 0 };
}
