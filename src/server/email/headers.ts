import { createHash } from "node:crypto";
import { env } from "~/env";

/**
 * RFC 2369 + RFC 8058 headers: mail clients (Gmail, Apple Mail) show their own unsubscribe
 * button and POST "List-Unsubscribe=One-Click" to the https URL. The optional mailto
 * (EMAIL_UNSUBSCRIBE_MAILTO) serves clients that only speak mail; it is listed second.
 */
export function unsubscribeHeaders(
  links: { oneClickUrl: string },
  mailto: string | undefined = env().EMAIL_UNSUBSCRIBE_MAILTO,
): Record<string, string> {
  const targets = [`<${links.oneClickUrl}>`];
  if (mailto) targets.push(`<mailto:${mailto}?subject=unsubscribe>`);
  return {
    "List-Unsubscribe": targets.join(", "),
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/**
 * The idempotency key of a provider batch: the same members (in any order) give the same key,
 * so a batch retried after a crash is recognised by the provider; a different set is new.
 */
export function batchIdempotencyKey(memberKeys: string[]): string {
  const digest = createHash("sha256")
    .update([...memberKeys].sort().join("\n"))
    .digest("hex");
  return `batch:${digest}`;
}
