import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Request signing for the conversion API, in the same form as Stripe's webhooks:
 * `Rally-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. The timestamp
 * is signed with the body so a captured request cannot be replayed after the tolerance; several
 * v1 entries and several secrets let a program rotate its secret without downtime.
 */
export type SignatureCheck =
  { ok: true } | { ok: false; reason: "missing" | "malformed" | "stale" | "mismatch" };

export function signPayload(secret: string, rawBody: string, timestamp: number): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new RangeError("signPayload: timestamp must be whole unix seconds");
  }
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, rawBody)}`;
}

export function verifySignature(
  header: string | undefined,
  rawBody: string,
  secrets: readonly string[],
  nowSeconds: number,
  toleranceSeconds = 300,
): SignatureCheck {
  if (header === undefined || header.trim() === "") return { ok: false, reason: "missing" };
  const parsed = parseHeader(header);
  if (!parsed) return { ok: false, reason: "malformed" };
  // Both ways: a timestamp from the future is as suspicious as an old one.
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) {
    return { ok: false, reason: "stale" };
  }

  let matched = false;
  for (const secret of secrets) {
    // An empty secret would make the signature forgeable by anyone: never accept it.
    if (secret === "") continue;
    const expected = Buffer.from(hmacHex(secret, parsed.timestamp, rawBody), "hex");
    for (const candidate of parsed.signatures) {
      // timingSafeEqual throws on different lengths; a wrong length is simply no match.
      if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) {
        matched = true;
      }
    }
  }
  return matched ? { ok: true } : { ok: false, reason: "mismatch" };
}

function hmacHex(secret: string, timestamp: number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

/** One `t` and at least one `v1`; other schemes (a future v2) are ignored. */
function parseHeader(header: string): { timestamp: number; signatures: Buffer[] } | null {
  let timestamp: number | null = null;
  const signatures: Buffer[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t") {
      if (timestamp !== null || !/^\d{1,15}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === "v1") {
      // Buffer.from(…, "hex") silently drops what is not hex: keep such a value as an
      // impossible (empty) signature instead, so it can only fail to match.
      signatures.push(
        /^(?:[0-9a-fA-F]{2})+$/.test(value) ? Buffer.from(value, "hex") : Buffer.alloc(0),
      );
    }
  }
  if (timestamp === null || signatures.length === 0) return null;
  return { timestamp, signatures };
}
