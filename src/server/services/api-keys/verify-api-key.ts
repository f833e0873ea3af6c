import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { apiKeys, programs } from "~/server/db/schema";
import type { Program } from "../programs/types";
import { hashApiKey, looksLikeApiKey } from "./key-material";

export type VerifiedApiKey = { apiKeyId: string; lastUsedAt: Date | null; program: Program };

/** The program a key belongs to, or null for an unknown, malformed or revoked key. */
export async function verifyApiKey(
  db: Executor,
  key: string | undefined,
): Promise<VerifiedApiKey | null> {
  if (!key || !looksLikeApiKey(key)) return null;
  const [row] = await db
    .select({ apiKeyId: apiKeys.id, lastUsedAt: apiKeys.lastUsedAt, program: programs })
    .from(apiKeys)
    .innerJoin(programs, eq(programs.id, apiKeys.programId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  return row ?? null;
}

const TOUCH_INTERVAL_MS = 60_000;

/**
 * Records that a key was used, at most about once a minute per key: a busy integration would
 * otherwise rewrite the same row on every call. Call after the request is fully authenticated.
 */
export async function touchApiKey(
  db: Executor,
  verified: VerifiedApiKey,
  now = new Date(),
): Promise<void> {
  const last = verified.lastUsedAt?.getTime();
  if (last !== undefined && now.getTime() - last < TOUCH_INTERVAL_MS) return;
  const staleBefore = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, verified.apiKeyId),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore)),
      ),
    );
}
