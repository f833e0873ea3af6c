import type { Db, Executor } from "~/server/db/client";
import {
  addCounts,
  deliverChunk,
  DELIVERY_CHUNK,
  type DeliveryCount,
  type DigestItem,
} from "./deliver";
import type { DigestPeriod } from "./period";
import type { RecipientQuery } from "./recipients";

/** Recipients whose facts are gathered together: one statement per kind of fact per page. */
export const FACT_BATCH = 500;

export type DigestRunOptions = { programIds?: readonly string[]; batchSize?: number };

/**
 * Sends one kind of digest to every recipient `due` for `period` in `zones`, a keyset page at
 * a time (so a run of any size holds one page). `prepare` gathers a page's facts and answers
 * how each recipient's item is made; items are rendered and handed over DELIVERY_CHUNK at a
 * time, so nothing rendered outlives its chunk: memory is one page of facts plus one chunk.
 */
export async function deliverToDueRecipients<R>(
  db: Db,
  run: {
    period: DigestPeriod;
    zones: readonly string[];
    options: DigestRunOptions;
    due: (db: Executor, query: RecipientQuery) => Promise<R[]>;
    cursorOf: (recipient: R) => string;
    prepare: (page: R[]) => Promise<(recipient: R) => DigestItem | Promise<DigestItem>>;
  },
): Promise<DeliveryCount> {
  let total: DeliveryCount = { sent: 0, empty: 0, skipped: 0 };
  let after: string | null = null;
  for (;;) {
    const page = await run.due(db, {
      period: run.period,
      zones: run.zones,
      after,
      limit: run.options.batchSize ?? FACT_BATCH,
      programIds: run.options.programIds,
    });
    if (page.length === 0) break;
    after = run.cursorOf(page.at(-1)!);
    const itemOf = await run.prepare(page);
    for (let i = 0; i < page.length; i += DELIVERY_CHUNK) {
      const items = await Promise.all(page.slice(i, i + DELIVERY_CHUNK).map(itemOf));
      total = addCounts(total, await deliverChunk(db, run.period.key, items));
    }
  }
  return total;
}
