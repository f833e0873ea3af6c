import { trackingSecretSetting } from "~/env";

/**
 * The server-side key for keyed hashes (visitor IPs, customer emails). It never leaves the
 * server; without it a hash cannot be reversed by trying every IP address or email.
 */
export function trackingSecret(): string {
  const secret = trackingSecretSetting();
  if (!secret) throw new Error("Set TRACKING_SECRET (or AUTH_SECRET) to hash tracking data.");
  return secret;
}
