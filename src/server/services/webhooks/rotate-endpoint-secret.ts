import { eq } from "drizzle-orm";
import { webhookEndpoints } from "~/server/db/schema";
import { newSigningSecret } from "../api-keys/key-material";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { endpointIdInput } from "./endpoint-input";
import { lockedEndpoint } from "./locked-endpoint";

/**
 * A new signing secret for the endpoint, returned this once. Deliveries are signed with it
 * from now on, retries of older events included. A receiver that refuses them until it has
 * the new secret loses nothing: refused deliveries are retried with backoff.
 */
export async function rotateWebhookEndpointSecret(
  ctx: ProgramContext,
  input: { endpointId: string },
): Promise<{ secret: string }> {
  const { endpointId } = endpointIdInput.parse(input);
  const secret = newSigningSecret();
  await ctx.db.transaction(async (tx) => {
    const endpoint = await lockedEndpoint(tx, ctx.program.id, endpointId);
    await tx.update(webhookEndpoints).set({ secret }).where(eq(webhookEndpoints.id, endpoint.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webhookEndpoint.secretRotated",
      targetType: "webhookEndpoint",
      targetId: endpoint.id,
      data: { url: endpoint.url },
    });
  });
  return { secret };
}
