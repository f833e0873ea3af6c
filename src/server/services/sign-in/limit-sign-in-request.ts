import { createHash } from "node:crypto";
import { env, trackingSecretSetting } from "~/env";
import type { Executor } from "~/server/db/client";
import { DomainError } from "~/server/errors";
import { hashIp } from "~/server/tracking/ip-hash";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { signInLimits } from "./rules";

/** Too many sign-in links asked for: try again after `retryAfter` seconds. */
export const signInRateLimited = (retryAfter: number) =>
  new DomainError("BAD_REQUEST", "rateLimited", { retryAfter });

/**
 * Counts one request for a sign-in link, per client address (when known) and per email
 * address, and throws signInRateLimited past either limit. Refused requests count too, so a
 * flood keeps its sender out until the window ends. The limits hold whether or not the
 * address has an account: the answer never tells them apart.
 */
export async function limitSignInRequest(
  db: Executor,
  request: { email: string; ip: string | null },
  now = new Date(),
): Promise<void> {
  const limits = signInLimits(env());
  const secret = trackingSecretSetting();
  if (request.ip && secret) {
    const perIp = await hitRateLimit(
      db,
      `signin:ip:${hashIp(secret, request.ip, now.getTime())}`,
      limits.perIp,
      now,
    );
    if (!perIp.allowed) throw signInRateLimited(perIp.retryAfterSeconds);
  }
  // The counter's key need not name the person: a digest of the address is enough.
  const address = createHash("sha256").update(request.email.trim().toLowerCase()).digest("hex");
  const perAddress = await hitRateLimit(db, `signin:address:${address}`, limits.perAddress, now);
  if (!perAddress.allowed) throw signInRateLimited(perAddress.retryAfterSeconds);
}
