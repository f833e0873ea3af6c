import { and, eq } from "drizzle-orm";
import type { Tx } from "~/server/db/client";
import { webhookEndpoints } from "~/server/db/schema";
import { notFound } from "~/server/errors";

/** The program's endpoint, locked for the change; another program's id is simply not found. */
export async function lockedEndpoint(tx: Tx, programId: string, endpointId: string) {
  const [endpoint] = await tx
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.programId, programId)))
    .for("update");
  if (!endpoint) throw notFound("webhookEndpoint");
  return endpoint;
}
