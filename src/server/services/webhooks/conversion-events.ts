import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import { insertDeliveriesFrom } from "./enqueue";

/**
 * Enqueues conversion.created for the conversions a batch inserted (`inserted`: id by
 * idempotency key, as insertConversions answers; a replayed key is absent, so it makes no
 * event). The event's data is the conversion as the API answers it (conversion-view.ts; a
 * test holds the two equal), built by the database from the rows just written.
 *
 * This runs on the conversion path, which is benchmarked: only ids travel (a JSON payload of
 * a batch costs about a millisecond to parse), and the EXISTS is an uncorrelated one-time
 * filter checked first, so a program without an enabled endpoint pays one index probe.
 * Sent at the call (pipelined with the transaction's other statements); a failure is reported
 * where the promise is awaited, never as an unhandled rejection.
 */
export function enqueueConversionsCreated(
  tx: Executor,
  // Only the program of each item is read: typed structurally so that webhooks need not import
  // the conversion writer, which imports this.
  items: readonly { row: { programId: string } }[],
  inserted: ReadonlyMap<string, string>,
): Promise<void> {
  if (inserted.size === 0) return Promise.resolve();
  const ids = `{${[...inserted.values()].join(",")}}`;
  const programIds = `{${[...new Set(items.map((item) => item.row.programId))].join(",")}}`;
  const sent = executePrepared(
    tx,
    insertDeliveriesFrom(sql`
      select c.program_id, 'conversion.created'::text as type,
        'conversion.created:' || c.id as event_id,
        jsonb_build_object('conversion', jsonb_build_object(
          'id', c.id,
          'type', c.type,
          'action_key', c.action_key,
          'external_id', c.external_id,
          'amount', c.amount,
          'currency', c.currency,
          'occurred_at', to_char(c.occurred_at at time zone 'UTC',
            'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'attribution', c.attribution,
          'partner', c.enrollment_id,
          'click_id', c.click_id,
          'review_status', c.review_status,
          'fraud_flags', to_jsonb(c.fraud_flags),
          'commissions', coalesce((
            select jsonb_agg(jsonb_build_object('beneficiary', l.enrollment_id,
              'level', l.level, 'amount', l.amount, 'status', l.status) order by l.level)
            from ledger_entries l
            where l.conversion_id = c.id and l.kind in ('commission', 'override')),
            '[]'::jsonb))) as data
      from conversions c
      where c.id = any(${ids}::uuid[])
        and exists (
          select 1 from webhook_endpoints w
          where w.program_id = any(${programIds}::uuid[]) and w.disabled_at is null)`),
  ).then(() => undefined);
  sent.catch(() => undefined);
  return sent;
}
