import { sql } from "drizzle-orm";
import type { Sql } from "postgres";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import type { LiveEvent } from "~/lib/live-event";
import { encodeNotices, LIVE_CHANNEL } from "./payload";

/**
 * Sends events to every web process's live hub, in one statement whatever their number.
 * PostgreSQL delivers a NOTIFY only when its transaction commits. Prepared: one round trip.
 *
 * The hot writers (click batches, conversion batches) publish AFTER their commit, with
 * publishAfterCommit, never inside their transaction: PostgreSQL serialises the commits of
 * all transactions that notify (a database-wide lock held through the commit's disk flush),
 * which halved conversion throughput and cut redirects in the bench. A notice lost to a crash
 * between commit and publish only delays a dashboard until its next refetch.
 */
export async function publishLiveEvents(
  db: Executor | Sql,
  events: readonly LiveEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const payloads = JSON.stringify(encodeNotices(events));
  const query = sql`select count(pg_notify(${LIVE_CHANNEL}, p)) from jsonb_array_elements_text(${payloads}::jsonb) p`;
  await executePrepared(db, query);
}

/**
 * Publishes events of a write that has committed, without making the writer wait: a live
 * dashboard is a view, and the request that wrote the data must not pay for telling it.
 */
export function publishAfterCommit(db: Executor | Sql, events: readonly LiveEvent[]): void {
  if (events.length === 0) return;
  publishLiveEvents(db, events).catch((error: unknown) => {
    console.error("[rally live] could not publish events:", (error as Error).message);
  });
}
