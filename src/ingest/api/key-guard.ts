import { env } from "~/env";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { createUnknownKeys, type UnknownKeys } from "./unknown-keys";

/** What the conversion API checks a key against before (and after) asking the database. */
export type ApiKeyGuard = { limiter: RateLimiter; unknownKeys: UnknownKeys };

export type ApiKeyGuardSettings = {
  /** Requests per key per minute, sustained. */
  ratePerMinute: number;
  /** Requests a key may spend at once. */
  rateBurst: number;
  /** How long an unknown or revoked key is refused without a query. */
  unknownKeyTtlSeconds: number;
};

export function createApiKeyGuard(settings: ApiKeyGuardSettings): ApiKeyGuard {
  return {
    limiter: createRateLimiter({ perMinute: settings.ratePerMinute, burst: settings.rateBurst }),
    unknownKeys: createUnknownKeys({ ttlMs: settings.unknownKeyTtlSeconds * 1000 }),
  };
}

export const apiKeyGuardSettings = (settings = env()): ApiKeyGuardSettings => ({
  ratePerMinute: settings.CONVERSION_RATE_LIMIT,
  rateBurst: settings.CONVERSION_RATE_BURST,
  unknownKeyTtlSeconds: settings.CONVERSION_UNKNOWN_KEY_TTL_SECONDS,
});

let processGuard: ApiKeyGuard | undefined;

/** The process's guard, for handlers mounted without the ingest server's own (tests' servers). */
export function defaultApiKeyGuard(): ApiKeyGuard {
  processGuard ??= createApiKeyGuard(apiKeyGuardSettings());
  return processGuard;
}
