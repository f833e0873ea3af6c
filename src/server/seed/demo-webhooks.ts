/**
 * Outbound webhooks in the demo: one endpoint of the merchant's, paused (its address is an
 * example and must never be called), with a short delivery log so the console shows what
 * deliveries, failures and retries look like. The payloads are real events of the program's
 * latest conversions, built as the outbox builds them.
 */
import { desc, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { conversions, programs, webhookDeliveries, webhookEndpoints } from "~/server/db/schema";
import { newSigningSecret } from "~/server/services/api-keys/key-material";
import { loadConversionView } from "~/server/services/conversions/conversion-view";
import { webhookEventId, webhookEventTypes } from "~/server/services/webhooks/events";
import { MINUTE_MS } from "~/lib/dates";

export const DEMO_WEBHOOK_URL = "https://merchant.example/hooks/rally";

type Outcome = {
  status: "succeeded" | "failed";
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
};

/** What became of each of the latest conversions' events, newest first. */
const outcomes: Outcome[] = [
  {
    status: "failed",
    attempts: 8,
    responseStatus: 500,
    lastError: "HTTP 500: Internal Server Error",
  },
  { status: "succeeded", attempts: 1, responseStatus: 200, lastError: null },
  { status: "succeeded", attempts: 3, responseStatus: 200, lastError: null },
  { status: "failed", attempts: 8, responseStatus: null, lastError: "timed out" },
  { status: "succeeded", attempts: 1, responseStatus: 204, lastError: null },
];

/** Idempotent: a program that already has the demo endpoint is left as it is. */
export async function seedDemoWebhooks(
  db: Db,
  input: { programId: string; now?: Date },
): Promise<{ endpointId: string; deliveries: number }> {
  const now = (input.now ?? new Date()).getTime();
  const existing = await db
    .select({ id: webhookEndpoints.id, url: webhookEndpoints.url })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.programId, input.programId));
  const found = existing.find((endpoint) => endpoint.url === DEMO_WEBHOOK_URL);
  if (found) return { endpointId: found.id, deliveries: 0 };

  const [program] = await db
    .select({ id: programs.id, slug: programs.slug })
    .from(programs)
    .where(eq(programs.id, input.programId));
  if (!program) throw new Error(`seedDemoWebhooks: no program ${input.programId}`);
  const latest = await db
    .select()
    .from(conversions)
    .where(eq(conversions.programId, program.id))
    .orderBy(desc(conversions.createdAt))
    .limit(outcomes.length);

  return db.transaction(async (tx) => {
    const [endpoint] = await tx
      .insert(webhookEndpoints)
      .values({
        programId: program.id,
        url: DEMO_WEBHOOK_URL,
        description: "Shop backend (paused: example address)",
        events: [...webhookEventTypes],
        secret: newSigningSecret(),
        disabledAt: new Date(now - 30 * MINUTE_MS),
        createdAt: new Date(now - 7 * 24 * 60 * MINUTE_MS),
      })
      .returning({ id: webhookEndpoints.id });
    const rows = [];
    for (const [index, conversion] of latest.entries()) {
      const outcome = outcomes[index]!;
      const createdAt = new Date(now - (index + 1) * 47 * MINUTE_MS);
      const eventId = webhookEventId("conversion.created", conversion.id);
      rows.push({
        endpointId: endpoint!.id,
        programId: program.id,
        event: "conversion.created",
        eventId,
        payload: {
          id: eventId,
          type: "conversion.created",
          created_at: createdAt.toISOString(),
          program: { id: program.id, slug: program.slug },
          data: { conversion: await loadConversionView(tx, conversion) },
        },
        ...outcome,
        nextAttemptAt: null,
        deliveredAt:
          outcome.status === "succeeded"
            ? new Date(createdAt.getTime() + outcome.attempts * MINUTE_MS)
            : null,
        createdAt,
      });
    }
    if (rows.length > 0) await tx.insert(webhookDeliveries).values(rows).onConflictDoNothing();
    return { endpointId: endpoint!.id, deliveries: rows.length };
  });
}
