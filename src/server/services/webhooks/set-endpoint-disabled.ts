import { eq } from "drizzle-orm";
import { z } from "zod";
import { webhookEndpoints } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { endpointIdInput } from "./endpoint-input";
import { lockedEndpoint } from "./locked-endpoint";

export const setEndpointDisabledInput = endpointIdInput.extend({ disabled: z.boolean() });

/**
 * Pauses or resumes an endpoint. While disabled it gets no new events, and deliveries already
 * waiting are held, not failed: they go out once it is enabled again. Setting the state it
 * already has changes nothing and is not audited.
 */
export async function setWebhookEndpointDisabled(
  ctx: ProgramContext,
  input: { endpointId: string; disabled: boolean },
): Promise<{ disabledAt: Date | null }> {
  const { endpointId, disabled } = setEndpointDisabledInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const endpoint = await lockedEndpoint(tx, ctx.program.id, endpointId);
    if ((endpoint.disabledAt !== null) === disabled) return { disabledAt: endpoint.disabledAt };
    const disabledAt = disabled ? new Date() : null;
    await tx
      .update(webhookEndpoints)
      .set({ disabledAt })
      .where(eq(webhookEndpoints.id, endpoint.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: disabled ? "webhookEndpoint.disabled" : "webhookEndpoint.enabled",
      targetType: "webhookEndpoint",
      targetId: endpoint.id,
      data: { url: endpoint.url },
    });
    return { disabledAt };
  });
}
