import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import { webhookEventId, type WebhookEvent } from "./events";

/**
 * The transactional outbox. Events are written as webhook_deliveries rows, one per enabled
 * endpoint subscribed to the event, by the transaction that makes the change: an event is
 * never lost (it commits with the change) and never sent for a change that rolled back. The
 * worker delivers the rows afterwards (dispatch.ts). The unique (endpoint, event id) makes a
 * replayed change enqueue nothing twice.
 *
 * `events` is a query with the columns program_id, type, event_id and data (jsonb); the
 * envelope (id, type, created_at, program) is built here so every event has the same shape.
 */
export function insertDeliveriesFrom(events: SQL): SQL {
  return sql`
    insert into webhook_deliveries (endpoint_id, program_id, event, event_id, payload,
      next_attempt_at)
    select e.id, ev.program_id, ev.type, ev.event_id,
      jsonb_build_object(
        'id', ev.event_id,
        'type', ev.type,
        'created_at', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'program', jsonb_build_object('id', p.id, 'slug', p.slug),
        'data', ev.data),
      now()
    from (${events}) ev
    join webhook_endpoints e on e.program_id = ev.program_id and e.disabled_at is null
      and ev.type = any(e.events)
    join programs p on p.id = ev.program_id
    on conflict on constraint webhook_deliveries_event_uq do nothing`;
}

/**
 * Enqueues events given as JSON, in one statement (payout.paid; conversions have their own,
 * cheaper path in conversion-events.ts). Sent at the call, so it can ride in the same round
 * trip as the transaction's other statements; a failure is reported where the promise is
 * awaited, never as an unhandled rejection. The EXISTS is an uncorrelated one-time filter
 * checked first: without an enabled endpoint nothing is unpacked or inserted.
 */
export function enqueueWebhookEvents(tx: Executor, events: readonly WebhookEvent[]): Promise<void> {
  if (events.length === 0) return Promise.resolve();
  const programIds = [...new Set(events.map((event) => event.programId))];
  const rows = JSON.stringify(
    events.map((event) => ({
      program_id: event.programId,
      type: event.type,
      event_id: webhookEventId(event.type, event.subjectId),
      data: event.data,
    })),
  );
  const sent = executePrepared(
    tx,
    insertDeliveriesFrom(sql`
      select x.program_id, x.type, x.event_id, x.data
      from jsonb_to_recordset(${rows}::jsonb) as x(program_id uuid, type text, event_id text,
        data jsonb)
      where exists (
        select 1 from webhook_endpoints w
        where w.program_id = any(${`{${programIds.join(",")}}`}::uuid[])
          and w.disabled_at is null)`),
  ).then(() => undefined);
  sent.catch(() => undefined);
  return sent;
}
