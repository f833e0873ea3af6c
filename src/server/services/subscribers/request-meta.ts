import { trackingSecretSetting } from "~/env";
import { webClientIp } from "~/server/http/client-address";
import { hashIp } from "~/server/tracking/ip-hash";
import type { RequestMeta } from "./consent";

/**
 * The hashed visitor address and browser of a web request, for rate limits and the consent
 * trail. The address is the one the web server entry decided (webClientIp): a forged
 * X-Forwarded-For cannot move a caller to another per-IP bucket. Without a hashing secret, or
 * without a known address, no address is kept at all.
 */
export function requestMetaFrom(
  headers: { get(name: string): string | null },
  secret = trackingSecretSetting(),
): RequestMeta {
  const ip = webClientIp(headers);
  return {
    ipHash: ip && secret ? hashIp(secret, ip) : null,
    userAgent: headers.get("user-agent"),
  };
}
