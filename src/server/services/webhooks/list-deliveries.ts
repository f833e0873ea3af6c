import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { webhookDeliveries, webhookDeliveryStatus, webhookEndpoints } from "~/server/db/schema";
import type { ProgramContext } from "../context";

export const listDeliveriesInput = z.object({
  endpointId: z.uuid().optional(),
  status: z.enum(webhookDeliveryStatus.enumValues).optional(),
  /** The id of the last delivery of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export type DeliveryPage = Awaited<ReturnType<typeof listWebhookDeliveries>>;

/**
 * The delivery log, newest first, keyset-paginated. The cursor is a delivery id whose
 * (created_at, id) is read in the database: timestamps keep microseconds that a JavaScript
 * date would round away, and one transaction gives many deliveries the same created_at.
 */
export async function listWebhookDeliveries(
  ctx: ProgramContext,
  input: z.input<typeof listDeliveriesInput>,
) {
  const { endpointId, status, cursor, limit } = listDeliveriesInput.parse(input);
  const rows = await ctx.db
    .select({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      endpointUrl: webhookEndpoints.url,
      event: webhookDeliveries.event,
      eventId: webhookDeliveries.eventId,
      payload: webhookDeliveries.payload,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      responseStatus: webhookDeliveries.responseStatus,
      lastError: webhookDeliveries.lastError,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        eq(webhookDeliveries.programId, ctx.program.id),
        endpointId ? eq(webhookDeliveries.endpointId, endpointId) : undefined,
        status ? eq(webhookDeliveries.status, status) : undefined,
        cursor
          ? sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (
              select c.created_at, c.id from webhook_deliveries c
              where c.id = ${cursor} and c.program_id = ${ctx.program.id})`
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.id : null };
}
