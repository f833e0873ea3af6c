import type { z } from "zod";
import type { webhookEventDataSchemas } from "./payloads";

/**
 * The outbound events a merchant can subscribe to. Every event has a stable id derived from
 * what it is about (`<type>:<subject id>`): a conversion is created once, a ledger entry is
 * approved once and a payout is paid once, so the same fact can never produce a second event,
 * and receivers can dedupe on the Rally-Event-Id header.
 */
export const webhookEventTypes = [
  "conversion.created",
  "commission.approved",
  "payout.paid",
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];

/** The `data` of an event of this type, as payloads.ts defines (and the document publishes) it. */
export type WebhookEventData<T extends WebhookEventType> = z.output<
  (typeof webhookEventDataSchemas)[T]
>;

/** One event to enqueue: the envelope (id, created_at, program) is added by the database. */
export type WebhookEvent = {
  [T in WebhookEventType]: {
    programId: string;
    type: T;
    /** The id of what the event is about: a conversion, a ledger entry, a payout. */
    subjectId: string;
    /** The event's `data`: JSON only, amounts as integer minor units with their currency. */
    data: WebhookEventData<T>;
  };
}[WebhookEventType];

export const webhookEventId = (type: WebhookEventType, subjectId: string) => `${type}:${subjectId}`;
