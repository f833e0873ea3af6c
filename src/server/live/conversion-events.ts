import type { LiveEvent } from "~/lib/live-event";
import { keyOf, type ConversionToInsert } from "~/server/services/conversions/insert-conversion";

/**
 * The live events of a conversion write: one per inserted conversion attributed to a partner
 * (`inserted` maps idempotency keys to new ids; skipped keys were announced by their first
 * write). A flagged conversion waits for review; any other starts its hold as pending.
 */
export function conversionEvents(
  items: readonly ConversionToInsert[],
  inserted: ReadonlyMap<string, string>,
): LiveEvent[] {
  const events: LiveEvent[] = [];
  for (const { row, entries } of items) {
    const conversionId = inserted.get(keyOf(row));
    if (!conversionId || !row.enrollmentId) continue;
    const own = entries.find(
      (entry) => entry.enrollmentId === row.enrollmentId && entry.kind === "commission",
    );
    events.push({
      kind: "conversion",
      programId: row.programId,
      enrollmentId: row.enrollmentId,
      at: row.occurredAt.toISOString(),
      conversionId,
      type: row.type,
      status: row.reviewStatus === "flagged" ? "flagged" : "pending",
      ...(own ? { commission: own.amount.toString() } : {}),
    });
  }
  return events;
}
