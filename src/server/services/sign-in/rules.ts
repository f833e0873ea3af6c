import type { Env } from "~/env";
import type { RateLimitRule } from "../rate-limit/window";

const MINUTE_MS = 60_000;

/** How many sign-in links one address, and one client address, may ask for per window. */
export function signInLimits(settings: Env): { perAddress: RateLimitRule; perIp: RateLimitRule } {
  return {
    perAddress: {
      limit: settings.SIGN_IN_ADDRESS_LIMIT,
      windowMs: settings.SIGN_IN_ADDRESS_WINDOW_MINUTES * MINUTE_MS,
    },
    perIp: {
      limit: settings.SIGN_IN_IP_LIMIT,
      windowMs: settings.SIGN_IN_IP_WINDOW_MINUTES * MINUTE_MS,
    },
  };
}

/** What a stored copy of a sign-in link shows instead of its token. */
export const REDACTED = "redacted";

/**
 * A sign-in link with its token replaced: what the email record keeps when nobody may read
 * the links in it (the record is for support and bounces, not a second key to the account).
 */
export function redactSignInUrl(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has("token")) return url;
  parsed.searchParams.set("token", REDACTED);
  return parsed.toString();
}
