import { and, eq } from "drizzle-orm";
import { subscribers } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { recordConsent } from "./consent";

/**
 * A manager deletes a subscriber (e.g. on an erasure request). The consent trail stays: it is
 * the proof of what was agreed and when, and records the removal itself.
 */
export async function removeSubscriber(ctx: ProgramContext, input: { subscriberId: string }) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(subscribers)
      .where(and(eq(subscribers.id, input.subscriberId), eq(subscribers.programId, ctx.program.id)))
      .returning({ id: subscribers.id, email: subscribers.email, status: subscribers.status });
    if (!row) throw notFound("subscriber");
    await recordConsent(tx, {
      programId: ctx.program.id,
      email: row.email,
      action: "removed",
      method: "manager",
      details: { previousStatus: row.status },
    });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "subscriber.removed",
      targetType: "subscriber",
      targetId: row.id,
      data: { email: row.email },
    });
    return { id: row.id };
  });
}
