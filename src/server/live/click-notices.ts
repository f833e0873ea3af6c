import type { Sql } from "postgres";
import { CLICK_EVENTS_PER_NOTICE, LIVE_CHANNEL } from "./payload";

/**
 * The body of a CTE that announces a click batch to the live hubs, for the statement that
 * inserts the clicks (record-events.ts): it reads that statement's CTE `c` (the inserted
 * clicks: program_id, enrollment_id, occurred_at, is_unique) and sends one "clicks" event per
 * partner, at most CLICK_EVENTS_PER_NOTICE to a notice. Part of the insert, the notices cost
 * no round trip and are delivered only if the batch commits. The JSON matches LiveEvent.
 *
 * A CTE that only selects runs only if read: the statement must read it (count(*) from it).
 */
export function clickNotices(sql: Sql) {
  return sql`
    select pg_notify(${LIVE_CHANNEL}, json_agg(event)::text)
    from (
      select json_build_object('kind', 'clicks', 'programId', program_id,
          'enrollmentId', enrollment_id, 'at', max(occurred_at), 'clicks', count(*),
          'uniqueClicks', count(*) filter (where is_unique)) as event,
        (row_number() over (order by program_id, enrollment_id) - 1)
          / ${CLICK_EVENTS_PER_NOTICE}::int as chunk
      from c
      group by program_id, enrollment_id
    ) events
    group by chunk`;
}
