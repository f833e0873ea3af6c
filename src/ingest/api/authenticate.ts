import type { IncomingMessage } from "node:http";
import type { Db } from "~/server/db/client";
import { hashApiKey, looksLikeApiKey } from "~/server/services/api-keys/key-material";
import { activeSigningSecrets } from "~/server/services/api-keys/signing-secrets";
import {
  verifyApiKeyWithSecrets,
  type VerifiedApiKey,
  type VerifiedApiKeyWithSecrets,
} from "~/server/services/api-keys/verify-api-key";
import { verifySignature } from "~/server/tracking/signature";
import { readBody } from "./body";
import { defaultApiKeyGuard, type ApiKeyGuard } from "./key-guard";
import { invalidRequest, tooManyRequests, unauthorized } from "./respond";

const UNKNOWN_KEY = "Missing, unknown or revoked API key.";

/**
 * The program of the request's `Authorization: Bearer <key>` with its signing secrets, a 401,
 * or a 429 when the key is over its rate limit. A known key is never cached: a revoked key or
 * a retired secret must fail at once, and those changes happen in other processes (the
 * console, the CLI). Only misses are remembered (see unknown-keys.ts): a revoked key that
 * missed stays refused, and a new key cannot have missed before it existed (keys are 256
 * random bits, made by the console), so remembering misses never refuses a good key.
 */
export async function authenticate(
  req: IncomingMessage,
  db: Db,
  guard: ApiKeyGuard = defaultApiKeyGuard(),
): Promise<VerifiedApiKeyWithSecrets> {
  const key = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "")?.[1];
  if (!key || !looksLikeApiKey(key)) throw unauthorized(UNKNOWN_KEY);
  const hash = hashApiKey(key);
  if (guard.unknownKeys.has(hash)) throw unauthorized(UNKNOWN_KEY);
  // A key already over its limit costs no query; buckets exist only for keys that were valid.
  const waiting = guard.limiter.waitOf(hash);
  if (waiting !== null) throw tooManyRequests(waiting);
  const verified = await verifyApiKeyWithSecrets(db, key);
  if (!verified) {
    guard.unknownKeys.add(hash);
    throw unauthorized(UNKNOWN_KEY);
  }
  const wait = guard.limiter.take(hash);
  if (wait !== null) throw tooManyRequests(wait);
  return verified;
}

const signatureMessages = {
  missing: "This program requires a Rally-Signature header.",
  malformed: "The Rally-Signature header is malformed.",
  stale: "The Rally-Signature timestamp is outside the 5-minute tolerance.",
  mismatch: "The Rally-Signature does not match the body and the program's signing secrets.",
} as const;

/**
 * Checks Rally-Signature when the program requires it or the caller sent one anyway (a
 * signature that is sent must be right, or a misconfigured integration would go unnoticed).
 */
export async function checkSignature(
  req: IncomingMessage,
  rawBody: string,
  verified: VerifiedApiKey & { signingSecrets?: string[] },
  db: Db,
): Promise<void> {
  const raw = req.headers["rally-signature"];
  // Node joins repeated custom headers with ", "; the type still allows an array.
  const header = Array.isArray(raw) ? raw.join(",") : raw;
  if (header === undefined && !verified.program.requireSignature) return;
  const secrets = verified.signingSecrets ?? (await activeSigningSecrets(db, verified.program.id));
  const result = verifySignature(header, rawBody, secrets, Math.floor(Date.now() / 1000));
  if (!result.ok) throw unauthorized(signatureMessages[result.reason]);
}

/**
 * What every write of the API checks first, in this order and before anything is written:
 * the key (and its rate), the body's size, the signature. The key and the raw body.
 */
export async function verifiedRequest(req: IncomingMessage, db: Db, guard?: ApiKeyGuard) {
  const key = await authenticate(req, db, guard);
  const raw = await readBody(req);
  await checkSignature(req, raw, key, db);
  return { key, raw };
}

/** The body as a JSON object, or a 422. */
export function parseJsonObject(raw: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw invalidRequest({ _: "must be a JSON object" }, "The body is not valid JSON.");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw invalidRequest({ _: "must be a JSON object" }, "The body must be a JSON object.");
  }
  return value;
}
