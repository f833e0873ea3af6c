import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { signingSecrets } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { newSigningSecret } from "./key-material";
import { lockProgramSecrets } from "./signing-secrets";

export const rotateSigningSecretInput = z.object({
  graceHours: z.number().int().min(0).max(720).default(24),
});

/**
 * A new signing secret. The current one keeps working for the grace period, so the merchant
 * can switch without a window of refused calls (two secrets are active meanwhile). Secrets
 * already on their way out keep their earlier expiry.
 */
export async function rotateSigningSecret(
  ctx: ProgramContext,
  input: { graceHours?: number } = {},
): Promise<{ signingSecret: string; previousExpiresAt: Date }> {
  const { graceHours } = rotateSigningSecretInput.parse(input);
  const previousExpiresAt = new Date(Date.now() + graceHours * 3_600_000);
  const signingSecret = newSigningSecret();
  await ctx.db.transaction(async (tx) => {
    await lockProgramSecrets(tx, ctx.program.id);
    const expired = await tx
      .update(signingSecrets)
      .set({ expiresAt: previousExpiresAt })
      .where(and(eq(signingSecrets.programId, ctx.program.id), isNull(signingSecrets.expiresAt)))
      .returning({ id: signingSecrets.id });
    const [created] = await tx
      .insert(signingSecrets)
      .values({ programId: ctx.program.id, secret: signingSecret })
      .returning({ id: signingSecrets.id });
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "signingSecret.rotated",
      targetType: "signingSecret",
      targetId: created!.id,
      data: { graceHours, retired: expired.map((row) => row.id) },
    });
  });
  return { signingSecret, previousExpiresAt };
}
