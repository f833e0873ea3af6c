import { createHmac, timingSafeEqual } from "node:crypto";

/** Svix (which delivers Resend's webhooks) allows five minutes of clock difference. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

export type SvixHeaders = { id: string | null; timestamp: string | null; signature: string | null };

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64");
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, as Svix signs (used by tests too). */
export function svixSignature(secret: string, id: string, timestamp: string, body: string) {
  const mac = createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest();
  return `v1,${mac.toString("base64")}`;
}

/**
 * True when the body was signed with our secret within the tolerance. The signature header
 * may list several space-separated signatures (during a secret rotation): one match is
 * enough. The timestamp check stops a captured request from being replayed later; the
 * comparison is constant-time so the signature cannot be guessed byte by byte.
 */
export function verifySvixSignature(
  secret: string,
  headers: SvixHeaders,
  body: string,
  now = Date.now(),
): boolean {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(svixSignature(secret, id, timestamp, body).slice(3), "base64");
  return signature.split(" ").some((candidate) => {
    const [version, value] = candidate.split(",");
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
