import { createHash, randomBytes } from "node:crypto";

const KEY_PREFIX = "rk_";
const SECRET_PREFIX = "whsec_";
// 32 random bytes in base64url are 43 characters.
const KEY_PATTERN = /^rk_[A-Za-z0-9_-]{43}$/;
/** Enough to recognise a key in a list, far too little to guess the rest. */
const DISPLAY_LENGTH = KEY_PREFIX.length + 8;

/** A new API key: the key itself is shown once; only its hash and display prefix are kept. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = KEY_PREFIX + randomBytes(32).toString("base64url");
  return { key, prefix: key.slice(0, DISPLAY_LENGTH), hash: hashApiKey(key) };
}

/**
 * A plain SHA-256 is enough: the key has 256 random bits, so unlike a password it cannot be
 * found by guessing, and a fast hash keeps the per-request lookup cheap.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Cheap shape check, so garbage never costs a database lookup. */
export function looksLikeApiKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

export function newSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64url");
}
