import type { Db } from "~/server/db/client";
import { conversionEvents } from "~/server/live/conversion-events";
import { publishAfterCommit } from "~/server/live/publish";
import { addToRollups, type RollupIncrement } from "~/server/tracking/rollups";
import { enqueueConversionsCreated } from "../webhooks/conversion-events";
import { insertConversions, keyOf, type ConversionToInsert } from "./insert-conversion";

/** A decided conversion, ready to write: the row, its ledger entries and its rollup counts. */
export type PendingConversion = ConversionToInsert & { increment: RollupIncrement };

/** The optimistic write met a key stored meanwhile: its rollups must not count it. */
class KeyTaken extends Error {}

/**
 * Writes conversions in one transaction: the conversions with their ledger entries in one
 * statement, then the rollups, last, so a busy partner's rollup rows stay locked only until the
 * commit. The id of each item, aligned with `items`, or null when its key was already stored,
 * or taken by an earlier item of the same call (the caller answers those from the stored
 * conversion, after this commit).
 *
 * The callers checked that no key was stored, so the rollups are sent with the insert, in the
 * same round trip, counting every conversion. If the insert skipped one after all (a
 * concurrent request with the same key won), the transaction is rolled back and written again
 * with the rollups of the inserted ones only.
 */
export async function writeConversions(
  db: Db,
  items: readonly PendingConversion[],
): Promise<(string | null)[]> {
  const firsts = new Map<string, PendingConversion>();
  for (const item of items) {
    const key = keyOf(item.row);
    if (!firsts.has(key)) firsts.set(key, item);
  }
  const unique = [...firsts.values()];
  const ids = await write(db, unique, true).catch((error: unknown) => {
    if (error instanceof KeyTaken) return write(db, unique, false);
    throw error;
  });
  // Committed: live dashboards hear of the new conversions (see publish.ts for why not inside).
  publishAfterCommit(db, conversionEvents(unique, ids));
  return items.map((item) => {
    const key = keyOf(item.row);
    return firsts.get(key) === item ? (ids.get(key) ?? null) : null;
  });
}

function write(db: Db, items: readonly PendingConversion[], optimistic: boolean) {
  return db.transaction(async (tx) => {
    const inserting = insertConversions(tx, items);
    if (optimistic) {
      const counting = addToRollups(
        tx,
        items.map((item) => item.increment),
      );
      counting.catch(() => undefined); // Awaited below, or moot after a rollback.
      const inserted = await inserting;
      if (inserted.size !== items.length) throw new KeyTaken();
      // The webhook outbox commits with the conversions (transactional outbox).
      const hooks = enqueueConversionsCreated(tx, items, inserted);
      await counting;
      await hooks;
      return inserted;
    }
    const inserted = await inserting;
    const hooks = enqueueConversionsCreated(tx, items, inserted);
    await addToRollups(
      tx,
      items.filter((item) => inserted.has(keyOf(item.row))).map((item) => item.increment),
    );
    await hooks;
    return inserted;
  });
}
