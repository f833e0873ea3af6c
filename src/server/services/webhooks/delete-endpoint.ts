import { eq } from "drizzle-orm";
import { webhookEndpoints } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { endpointIdInput } from "./endpoint-input";
import { lockedEndpoint } from "./locked-endpoint";

/**
 * Deletes an endpoint with its delivery log (the foreign key cascades); waiting deliveries are
 * dropped with it. The audit record keeps what was deleted.
 */
export async function deleteWebhookEndpoint(
  ctx: ProgramContext,
  input: { endpointId: string },
): Promise<{ deleted: true }> {
  const { endpointId } = endpointIdInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const endpoint = await lockedEndpoint(tx, ctx.program.id, endpointId);
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webhookEndpoint.deleted",
      targetType: "webhookEndpoint",
      targetId: endpoint.id,
      data: { url: endpoint.url, events: endpoint.events, description: endpoint.description },
    });
    return { deleted: true as const };
  });
}
