import { eq } from "drizzle-orm";
import { webhookEndpoints } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { updateEndpointInput } from "./endpoint-input";
import { lockedEndpoint } from "./locked-endpoint";

/**
 * Changes which events an endpoint receives and its description. Events already enqueued
 * are still delivered; the new choice applies to events from now on.
 */
export async function updateWebhookEndpoint(
  ctx: ProgramContext,
  input: { endpointId: string; description?: string; events?: string[] },
) {
  const { endpointId, description, events } = updateEndpointInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const endpoint = await lockedEndpoint(tx, ctx.program.id, endpointId);
    const next = {
      description: description ?? endpoint.description,
      events: events ?? endpoint.events,
    };
    await tx.update(webhookEndpoints).set(next).where(eq(webhookEndpoints.id, endpoint.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webhookEndpoint.updated",
      targetType: "webhookEndpoint",
      targetId: endpoint.id,
      data: {
        url: endpoint.url,
        before: { description: endpoint.description, events: endpoint.events },
        after: next,
      },
    });
    return { id: endpoint.id, ...next };
  });
}
