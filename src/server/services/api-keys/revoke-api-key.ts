import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { apiKeys } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";

export const revokeApiKeyInput = z.object({ apiKeyId: z.uuid() });

/** Revokes a key at once; revoking it again changes nothing and is not audited twice. */
export async function revokeApiKey(
  ctx: ProgramContext,
  input: { apiKeyId: string },
): Promise<{ revokedAt: Date }> {
  const { apiKeyId } = revokeApiKeyInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [key] = await tx
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, apiKeyId), eq(apiKeys.programId, ctx.program.id)))
      .for("update");
    if (!key) throw notFound("apiKey");
    if (key.revokedAt) return { revokedAt: key.revokedAt };
    const revokedAt = new Date();
    await tx.update(apiKeys).set({ revokedAt }).where(eq(apiKeys.id, key.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "apiKey.revoked",
      targetType: "apiKey",
      targetId: key.id,
      data: { name: key.name, prefix: key.prefix },
    });
    return { revokedAt };
  });
}
