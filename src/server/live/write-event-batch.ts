import type { Sql } from "postgres";
import { clickEvents } from "./click-events";
import { publishAfterCommit } from "./publish";
import { recordEvents, type EventBatch } from "~/server/tracking/record-events";

/**
 * The ingest server's write of one group-commit batch: the events and their rollups in one
 * statement, then, once committed, the clicks announced to live dashboards (not awaited).
 */
export async function writeEventBatch(sql: Sql, batch: EventBatch): Promise<void> {
  await recordEvents(sql, batch);
  publishAfterCommit(sql, clickEvents(batch));
}
