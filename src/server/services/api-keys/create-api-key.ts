import { z } from "zod";
import { apiKeys } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { newApiKey } from "./key-material";
import { ensureSigningSecret, lockProgramSecrets } from "./signing-secrets";

export const createApiKeyInput = z.object({ name: z.string().trim().min(1).max(100) });

export type CreatedApiKey = { id: string; key: string; prefix: string; signingSecret: string };

/**
 * A new API key for the program's merchant backend. The key is returned this once (only its
 * hash is kept), with the program's current signing secret so the integration can be set up
 * in one step; a program without a secret gets one.
 */
export async function createApiKey(
  ctx: ProgramContext,
  input: { name: string },
): Promise<CreatedApiKey> {
  const { name } = createApiKeyInput.parse(input);
  const material = newApiKey();
  return ctx.db.transaction(async (tx) => {
    await lockProgramSecrets(tx, ctx.program.id);
    const [row] = await tx
      .insert(apiKeys)
      .values({
        programId: ctx.program.id,
        name,
        prefix: material.prefix,
        keyHash: material.hash,
        createdBy: ctx.userId,
      })
      .returning({ id: apiKeys.id });
    const secret = await ensureSigningSecret(tx, ctx.program.id);
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "apiKey.created",
      targetType: "apiKey",
      targetId: row!.id,
      data: { name, prefix: material.prefix, signingSecretCreated: secret.created },
    });
    return {
      id: row!.id,
      key: material.key,
      prefix: material.prefix,
      signingSecret: secret.secret,
    };
  });
}
