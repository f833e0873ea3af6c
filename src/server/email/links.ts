import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { appUrl, env } from "~/env";

/**
 * Signed links in bulk mail (one-click unsubscribe, preference center). They never expire:
 * a link in a years-old email must still unsubscribe. The token carries what it acts on in
 * plain sight (kind, scope, id: nothing secret) plus an HMAC, so it is url-safe, needs no
 * database row and cannot be altered or forged without the server's secret.
 */
export const emailLinkKinds = ["subscriber", "partner"] as const;
export const emailLinkScopes = ["newsletters", "digest", "announcements", "all"] as const;

export const emailLinkPayload = z.object({
  kind: z.enum(emailLinkKinds),
  /** The subscriber's id, or the partner's enrollment id. */
  id: z.uuid(),
  scope: z.enum(emailLinkScopes),
});
export type EmailLinkPayload = z.infer<typeof emailLinkPayload>;
export type EmailLinkScope = EmailLinkPayload["scope"];

const kindCodes = { subscriber: "s", partner: "p" } as const;

/**
 * EMAIL_LINK_SECRET, else AUTH_SECRET (always set where the app runs). Changing it breaks
 * every link already sent, so rotate only with that in mind. Tests get a fixed one.
 */
function secret(): string {
  const { EMAIL_LINK_SECRET, AUTH_SECRET, NODE_ENV } = env();
  const value = EMAIL_LINK_SECRET ?? AUTH_SECRET;
  if (value) return value;
  if (NODE_ENV === "test") return "rally-test-email-link-secret";
  throw new Error("Set AUTH_SECRET (or EMAIL_LINK_SECRET) to sign links in emails.");
}

function signature(body: string): Buffer {
  // The purpose prefix keeps these signatures from ever matching another use of the secret.
  return createHmac("sha256", secret()).update(`rally-email-link:v1:${body}`).digest();
}

/** `s.all.<uuid>.<hmac>`: only [a-z0-9._-], safe in a path segment or a query value. */
export function emailLinkToken(payload: EmailLinkPayload): string {
  const parsed = emailLinkPayload.parse(payload);
  const body = `${kindCodes[parsed.kind]}.${parsed.scope}.${parsed.id.toLowerCase()}`;
  return `${body}.${signature(body).toString("base64url")}`;
}

/** The same token; the name the unsubscribe side reads best with. */
export const unsubscribeToken = emailLinkToken;

/** The payload of an authentic token, or null (altered, forged, truncated, not ours). */
export function verifyEmailLinkToken(token: string): EmailLinkPayload | null {
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [code, scope, id, mac] = parts as [string, string, string, string];
  const given = Buffer.from(mac, "base64url");
  const expected = signature(`${code}.${scope}.${id}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const kind = code === "s" ? "subscriber" : code === "p" ? "partner" : null;
  const parsed = emailLinkPayload.safeParse({ kind, id, scope });
  return parsed.success ? parsed.data : null;
}

/**
 * `url`: the page a person opens from the footer (asks for one click, so link scanners that
 * prefetch mail do not unsubscribe anyone); `oneClickUrl`: the RFC 8058 endpoint that mail
 * clients POST to from the List-Unsubscribe header — it takes effect at once.
 */
export function unsubscribeUrls(payload: EmailLinkPayload): { url: string; oneClickUrl: string } {
  const token = emailLinkToken(payload);
  return {
    url: appUrl(`/unsubscribe?token=${token}`),
    oneClickUrl: appUrl(`/api/email/unsubscribe?token=${token}`),
  };
}

/** The preference center (topics, frequency, language; works without signing in). */
export function preferencesUrl(payload: EmailLinkPayload): string {
  return appUrl(`/preferences/${emailLinkToken(payload)}`);
}
