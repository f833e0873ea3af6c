import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import type { LiveEvent } from "~/lib/live-event";
import { encodeNotices, LIVE_CHANNEL } from "./payload";

/**
 * Sends events to every web process's live hub, in one statement whatever their number. Call
 * it inside the transaction that writes what the events tell: PostgreSQL delivers a NOTIFY
 * only when its transaction commits, so a rolled-back write is never announced. Prepared (one
 * round trip, and on a transaction it can be pipelined with the statements around it).
 */
export async function publishLiveEvents(db: Executor, events: readonly LiveEvent[]): Promise<void> {
  if (events.length === 0) return;
  const payloads = JSON.stringify(encodeNotices(events));
  await executePrepared(
    db,
    sql`select count(pg_notify(${LIVE_CHANNEL}, p)) from jsonb_array_elements_text(${payloads}::jsonb) p`,
  );
}
