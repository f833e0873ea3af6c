import { createHmac } from "node:crypto";
import { trackingSecret } from "~/server/tracking/secret";

/**
 * Keyed hash of a customer's email or id (also of a partner's own email, so the two can be
 * compared for self-referral). Keyed, because a plain hash of an email is reversed by hashing
 * a list of addresses.
 */
export function customerHash(value: string, secret = trackingSecret()): string {
  return createHmac("sha256", secret).update(value.trim().toLowerCase()).digest("hex");
}
