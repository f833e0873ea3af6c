import { and, desc, eq, gt, isNull, or } from "drizzle-orm";
import type { Executor, Tx } from "~/server/db/client";
import { programs, signingSecrets } from "~/server/db/schema";
import { newSigningSecret } from "./key-material";

/** Secrets a signature may be made with: not expired; the newest first. */
export async function activeSigningSecrets(
  db: Executor,
  programId: string,
  now = new Date(),
): Promise<string[]> {
  const rows = await db
    .select({ secret: signingSecrets.secret })
    .from(signingSecrets)
    .where(
      and(
        eq(signingSecrets.programId, programId),
        or(isNull(signingSecrets.expiresAt), gt(signingSecrets.expiresAt, now)),
      ),
    )
    .orderBy(desc(signingSecrets.createdAt));
  return rows.map((row) => row.secret);
}

/**
 * Serialises secret changes of one program, so two managers creating keys at once cannot both
 * create a "current" secret. NO KEY UPDATE does not block conversions referencing the program.
 */
export async function lockProgramSecrets(tx: Tx, programId: string): Promise<void> {
  await tx
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.id, programId))
    .for("no key update");
}

/** The current (non-expiring) secret, created when the program has none. Call under the lock. */
export async function ensureSigningSecret(
  tx: Tx,
  programId: string,
): Promise<{ secret: string; created: boolean }> {
  const [current] = await tx
    .select({ secret: signingSecrets.secret })
    .from(signingSecrets)
    .where(and(eq(signingSecrets.programId, programId), isNull(signingSecrets.expiresAt)))
    .orderBy(desc(signingSecrets.createdAt))
    .limit(1);
  if (current) return { secret: current.secret, created: false };
  const secret = newSigningSecret();
  await tx.insert(signingSecrets).values({ programId, secret });
  return { secret, created: true };
}
