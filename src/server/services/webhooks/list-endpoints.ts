import { asc, eq, sql } from "drizzle-orm";
import { webhookEndpoints } from "~/server/db/schema";
import type { ProgramContext } from "../context";

/**
 * The program's endpoints (at most MAX_ENDPOINTS), oldest first, never with their secret,
 * each with the status of its latest delivery (one index probe per endpoint).
 */
export async function listWebhookEndpoints(ctx: ProgramContext) {
  return ctx.db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      description: webhookEndpoints.description,
      events: webhookEndpoints.events,
      disabledAt: webhookEndpoints.disabledAt,
      createdAt: webhookEndpoints.createdAt,
      lastStatus: sql<"pending" | "succeeded" | "failed" | null>`(
        select d.status from webhook_deliveries d where d.endpoint_id = ${webhookEndpoints.id}
        order by d.created_at desc limit 1)`,
    })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.programId, ctx.program.id))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}
