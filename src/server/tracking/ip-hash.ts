import { createHmac } from "node:crypto";
import { isIP } from "node:net";
import { DAY_MS } from "~/lib/dates";

/** Hex characters kept of the HMAC: 128 bits, plenty to tell visitors apart. */
const HASH_LENGTH = 32;

export type IpHasher = (ip: string, now?: number) => string;

/** The key of one UTC day: HMAC-SHA256(secret, "ip:YYYY-MM-DD"). */
export function dailyIpKey(secret: string, day: string): Buffer {
  return createHmac("sha256", secret).update(`ip:${day}`).digest();
}

export function hashIp(secret: string, ip: string, now = Date.now()): string {
  const day = new Date(now).toISOString().slice(0, 10);
  return createHmac("sha256", dailyIpKey(secret, day))
    .update(ip)
    .digest("hex")
    .slice(0, HASH_LENGTH);
}

/**
 * Hashes client IPs with a key that changes every UTC day, so a stored hash links a visitor's
 * clicks within a day (bursts, self-referral checks) but not across days, and cannot be turned
 * back into an address without the secret. The day's key is derived once and cached.
 */
export function createIpHasher(secret: string): IpHasher {
  let keyDay = -1;
  let key: Buffer = Buffer.alloc(0);
  return (ip, now = Date.now()) => {
    const dayNumber = Math.floor(now / DAY_MS);
    if (dayNumber !== keyDay) {
      key = dailyIpKey(secret, new Date(dayNumber * DAY_MS).toISOString().slice(0, 10));
      keyDay = dayNumber;
    }
    return createHmac("sha256", key).update(ip).digest("hex").slice(0, HASH_LENGTH);
  };
}

/**
 * The visitor's address. Behind `proxyHops` proxies of our own, each appending the address it
 * saw to X-Forwarded-For, it is the entry that many places from the right (the leftmost when
 * there are fewer): the entries left of it were written by the client, who can put anything
 * there. Without trusted proxies, the socket's peer. IPv4-mapped IPv6 addresses are unwrapped
 * so one visitor hashes the same over either stack.
 */
export function clientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxyHops: number,
): string {
  let ip = socketAddress ?? "";
  if (proxyHops > 0 && forwardedFor !== undefined) {
    const entries = [forwardedFor].flat().join(",").split(",");
    const chosen = entries[Math.max(0, entries.length - proxyHops)]?.trim() ?? "";
    if (isIP(chosen) !== 0) ip = chosen;
  }
  return ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}
