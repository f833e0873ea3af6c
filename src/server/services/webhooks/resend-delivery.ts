import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { webhookDeliveries, webhookEndpoints } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

export const resendDeliveryInput = z.object({ deliveryId: z.uuid() });

/**
 * A manager sends a delivery again, whatever became of it (failed, or delivered but lost by
 * the receiver): it goes back to pending, due now. Its attempt count keeps growing, so a
 * delivery that had used up its retries gets exactly this one more attempt. The event id stays
 * the same, so a receiver that already has the event can ignore it.
 */
export async function resendWebhookDelivery(
  ctx: ProgramContext,
  input: { deliveryId: string },
): Promise<{ status: "pending" }> {
  const { deliveryId } = resendDeliveryInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ delivery: webhookDeliveries, disabledAt: webhookEndpoints.disabledAt })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(
        and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.programId, ctx.program.id)),
      )
      .for("update", { of: webhookDeliveries });
    if (!row) throw notFound("webhookDelivery");
    if (row.disabledAt) throw conflict("webhookEndpointDisabled");
    await tx
      .update(webhookDeliveries)
      .set({ status: "pending", nextAttemptAt: sql`now()`, deliveredAt: null })
      .where(eq(webhookDeliveries.id, row.delivery.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webhookDelivery.resent",
      targetType: "webhookDelivery",
      targetId: row.delivery.id,
      data: {
        event: row.delivery.event,
        eventId: row.delivery.eventId,
        previousStatus: row.delivery.status,
        attempts: row.delivery.attempts,
      },
    });
    return { status: "pending" as const };
  });
}
