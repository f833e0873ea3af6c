import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { webhookDeliveries, webhookEndpoints } from "~/server/db/schema";
import { signPayload } from "~/server/tracking/signature";
import { nextAttemptAt } from "./backoff";
import type { EndpointGate } from "./endpoint-gate";
import { postWebhook, type SendResult } from "./send-request";
import { webhookUrlPolicy, type WebhookUrlPolicy } from "./url-policy";

export type DeliverOptions = {
  policy?: WebhookUrlPolicy;
  timeoutMs?: number;
  now?: () => Date;
  random?: () => number;
  /** Per-endpoint slots (see endpoint-gate.ts): a delivery finding none is deferred. */
  gate?: EndpointGate;
};

export type DeliveryOutcome = "succeeded" | "retrying" | "failed" | "skipped" | "deferred";

/** How soon a deferred delivery is due again (its claim's lease is given back). */
export const DEFER_MS = 1_000;

/**
 * One attempt at one delivery. A delivery that is no longer pending (delivered by an earlier
 * job, deleted) or whose endpoint is disabled is skipped. Otherwise the payload is POSTed,
 * signed with the endpoint's current secret, and the result recorded: 2xx succeeds; anything
 * else counts an attempt and schedules the next by the backoff, or gives up. Delivery is at
 * least once (a crash between the POST and the record sends again): receivers dedupe on
 * Rally-Event-Id.
 */
export async function deliverWebhook(
  db: Db,
  deliveryId: string,
  options: DeliverOptions = {},
): Promise<DeliveryOutcome> {
  const [row] = await db
    .select({
      delivery: webhookDeliveries,
      url: webhookEndpoints.url,
      secret: webhookEndpoints.secret,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        eq(webhookDeliveries.status, "pending"),
        isNull(webhookEndpoints.disabledAt),
      ),
    );
  if (!row) return "skipped";
  const { delivery } = row;
  const release = options.gate ? options.gate.tryEnter(delivery.endpointId) : () => {};
  if (!release) {
    // The endpoint already has its share of deliveries under way: due again shortly, without
    // counting an attempt, while this slot goes to another endpoint.
    await db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date(Date.now() + DEFER_MS) })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending")));
    return "deferred";
  }
  try {
    return await attempt(db, row, options);
  } finally {
    release();
  }
}

async function attempt(
  db: Db,
  row: {
    delivery: typeof webhookDeliveries.$inferSelect;
    url: string;
    secret: string;
  },
  options: DeliverOptions,
): Promise<DeliveryOutcome> {
  const { delivery } = row;
  const body = envelope(delivery.payload);
  const now = options.now ?? (() => new Date());
  const result = await postWebhook(
    row.url,
    body,
    {
      "Content-Type": "application/json",
      "User-Agent": "Rally-Webhooks/1",
      "Rally-Signature": signPayload(row.secret, body, Math.floor(now().getTime() / 1000)),
      "Rally-Event": delivery.event,
      "Rally-Event-Id": delivery.eventId,
    },
    { policy: options.policy ?? webhookUrlPolicy(), timeoutMs: options.timeoutMs },
  );
  const attempts = delivery.attempts + 1;
  const change = outcomeOf(result, attempts, now(), options.random);
  await db
    .update(webhookDeliveries)
    .set({
      attempts,
      responseStatus: result.status,
      lastError: result.ok ? null : result.error,
      status: change.status,
      nextAttemptAt: change.nextAttemptAt,
      deliveredAt: change.status === "succeeded" ? now() : null,
    })
    // Only the attempt this job made: a resend or a deletion meanwhile wins.
    .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending")));
  return change.status === "pending" ? "retrying" : change.status;
}

function outcomeOf(result: SendResult, attempts: number, now: Date, random?: () => number) {
  if (result.ok) return { status: "succeeded" as const, nextAttemptAt: null };
  const next = nextAttemptAt(attempts, now, random);
  return next
    ? { status: "pending" as const, nextAttemptAt: next }
    : { status: "failed" as const, nextAttemptAt: null };
}

/** The stored payload with its keys in reading order (jsonb keeps them sorted by length). */
function envelope(payload: Record<string, unknown>): string {
  const { id, type, created_at, program, data, ...rest } = payload;
  return JSON.stringify({ id, type, created_at, program, data, ...rest });
}
