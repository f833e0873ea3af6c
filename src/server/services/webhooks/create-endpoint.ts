import { count, eq } from "drizzle-orm";
import { programs, webhookEndpoints } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { newSigningSecret } from "../api-keys/key-material";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { acceptableUrl, createEndpointInput, MAX_ENDPOINTS } from "./endpoint-input";
import { webhookUrlPolicy, type WebhookUrlPolicy } from "./url-policy";

export type CreateEndpointOptions = { policy?: WebhookUrlPolicy };

/**
 * A new endpoint for outbound events, with its own signing secret, returned this once (the
 * list never shows it). The URL is checked (https, a public address) before anything is stored.
 */
export async function createWebhookEndpoint(
  ctx: ProgramContext,
  input: { url: string; description?: string; events: string[] },
  options: CreateEndpointOptions = {},
): Promise<{ id: string; secret: string }> {
  const parsed = createEndpointInput.parse(input);
  const url = await acceptableUrl(parsed.url, options.policy ?? webhookUrlPolicy());
  const secret = newSigningSecret();
  return ctx.db.transaction(async (tx) => {
    // Serialises creations in the program, so two at once cannot both pass the limit.
    await tx
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.id, ctx.program.id))
      .for("no key update");
    const [existing] = await tx
      .select({ n: count() })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.programId, ctx.program.id));
    if ((existing?.n ?? 0) >= MAX_ENDPOINTS) {
      throw conflict("webhookEndpointLimit", { max: MAX_ENDPOINTS });
    }
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        programId: ctx.program.id,
        url,
        description: parsed.description,
        events: parsed.events,
        secret,
      })
      .returning({ id: webhookEndpoints.id });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "webhookEndpoint.created",
      targetType: "webhookEndpoint",
      targetId: row!.id,
      data: { url, events: parsed.events, description: parsed.description },
    });
    return { id: row!.id, secret };
  });
}
