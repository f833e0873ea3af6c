import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import { insertDeliveriesFrom } from "./enqueue";
import { jsonbObject, type ConversionCreatedData, type PayloadColumns } from "./payloads";

type ConversionData = ConversionCreatedData["conversion"];

const commissionColumns = {
  beneficiary: sql`l.enrollment_id`,
  level: sql`l.level`,
  amount: sql`l.amount`,
  status: sql`l.status`,
} satisfies PayloadColumns<ConversionData["commissions"][number]>;

// Built once at load rather than per batch: this runs on the benchmarked conversion path.
const conversionData = jsonbObject({
  id: sql`c.id`,
  type: sql`c.type`,
  action_key: sql`c.action_key`,
  external_id: sql`c.external_id`,
  amount: sql`c.amount`,
  currency: sql`c.currency`,
  occurred_at: sql`to_char(c.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  attribution: sql`c.attribution`,
  partner: sql`c.enrollment_id`,
  click_id: sql`c.click_id`,
  review_status: sql`c.review_status`,
  fraud_flags: sql`to_jsonb(c.fraud_flags)`,
  commissions: sql`coalesce((
    select jsonb_agg(${jsonbObject(commissionColumns)} order by l.level)
    from ledger_entries l
    where l.conversion_id = c.id and l.kind in ('commission', 'override')),
    '[]'::jsonb)`,
} satisfies PayloadColumns<ConversionData>);

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
        jsonb_build_object('conversion', ${conversionData}) as data
      from conversions c
      where c.id = any(${ids}::uuid[])
        and exists (
          select 1 from webhook_endpoints w
          where w.program_id = any(${programIds}::uuid[]) and w.disabled_at is null)`),
  ).then(() => undefined);
  sent.catch(() => undefined);
  return sent;
}
