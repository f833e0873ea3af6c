import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db, Executor } from "~/server/db/client";
import { apiKeys, programs, signingSecrets } from "~/server/db/schema";
import type { Program } from "../program";
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

export type VerifiedApiKeyWithSecrets = VerifiedApiKey & { signingSecrets: string[] };

/**
 * verifyApiKey and the program's active signing secrets (as activeSigningSecrets: not
 * expired, newest first) in one round trip, for the API's hot path. Read fresh on every
 * request, so a revoked key or a retired secret fails at once.
 */
export async function verifyApiKeyWithSecrets(
  db: Db,
  key: string | undefined,
  now = new Date(),
): Promise<VerifiedApiKeyWithSecrets | null> {
  if (!key || !looksLikeApiKey(key)) return null;
  const [row] = await preparedFor(db).execute({ hash: hashApiKey(key), now: now.toISOString() });
  return row ?? null;
}

// Built once per pool and prepared by name: no query building and no planning per request.
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
const preparedFor = (db: Db) => {
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = prepare(db)));
  return query;
};

function prepare(db: Db) {
  return db
    .select({
      apiKeyId: apiKeys.id,
      lastUsedAt: apiKeys.lastUsedAt,
      program: programs,
      signingSecrets: sql<string[]>`coalesce((
        select array_agg(s.secret order by s.created_at desc) from ${signingSecrets} s
        where s.program_id = ${programs.id}
          and (s.expires_at is null or s.expires_at > ${sql.placeholder("now")}::timestamptz)
      ), '{}')`,
    })
    .from(apiKeys)
    .innerJoin(programs, eq(programs.id, apiKeys.programId))
    .where(and(eq(apiKeys.keyHash, sql.placeholder("hash")), isNull(apiKeys.revokedAt)))
    .prepare("rally_verify_api_key_with_secrets");
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
