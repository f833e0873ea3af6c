import { trackingSecretSetting } from "~/env";
import { clientIp, hashIp } from "~/server/tracking/ip-hash";
import type { RequestMeta } from "./consent";

/**
 * The hashed visitor address and browser of a web request, for rate limits and the consent
 * trail. Next.js puts the peer address first in X-Forwarded-For (behind our own proxy, the
 * proxy's); a forged header only moves the caller to another per-IP bucket, and the
 * per-address limit still holds. Without a hashing secret no address is kept at all.
 */
export function requestMetaFrom(
  headers: { get(name: string): string | null },
  secret = trackingSecretSetting(),
): RequestMeta {
  const ip = clientIp(undefined, headers.get("x-forwarded-for") ?? undefined, true);
  return {
    ipHash: ip && secret ? hashIp(secret, ip) : null,
    userAgent: headers.get("user-agent"),
  };
}
