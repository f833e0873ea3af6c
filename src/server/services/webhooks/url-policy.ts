import { BlockList, isIP } from "node:net";
import { env, type Env } from "~/env";

/**
 * Where webhooks may be sent. Rally makes these requests from inside its own network, so an
 * endpoint must not be a way to reach private services (SSRF): in production only https, and
 * only to public addresses. Development and tests use a local receiver over plain http, so
 * there (NODE_ENV development or test, or RALLY_WEBHOOKS_ALLOW_LOCAL=1) loopback http is
 * allowed and addresses are not checked. An unset NODE_ENV counts as production: the worker
 * runs under plain tsx, and a deployment that forgets NODE_ENV must not lose the SSRF guard.
 */
export const MAX_WEBHOOK_URL_LENGTH = 2000;

export type WebhookUrlPolicy = { allowLocal: boolean };

export type WebhookUrlProblem = "invalid" | "https" | "credentials" | "private" | "tooLong";

export type WebhookUrlCheck =
  { ok: true; url: string; hostname: string } | { ok: false; problem: WebhookUrlProblem };

export function webhookUrlPolicy(
  settings: Partial<Pick<Env, "NODE_ENV" | "RALLY_WEBHOOKS_ALLOW_LOCAL">> = env(),
) {
  return {
    allowLocal:
      settings.NODE_ENV === "development" ||
      settings.NODE_ENV === "test" ||
      settings.RALLY_WEBHOOKS_ALLOW_LOCAL === true,
  } satisfies WebhookUrlPolicy;
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The URL's shape: scheme, credentials, length, literal addresses. Names are resolved later. */
export function checkWebhookUrl(input: string, policy: WebhookUrlPolicy): WebhookUrlCheck {
  const text = input.trim();
  if (text.length > MAX_WEBHOOK_URL_LENGTH) return { ok: false, problem: "tooLong" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: "invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: "https" };
  if (url.protocol === "http:" && !(policy.allowLocal && LOOPBACK_NAMES.has(url.hostname))) {
    return { ok: false, problem: "https" };
  }
  if (url.username !== "" || url.password !== "") return { ok: false, problem: "credentials" };
  if (url.hostname === "") return { ok: false, problem: "invalid" };
  const hostname = unbracket(url.hostname);
  if (!policy.allowLocal) {
    if (hostname === "localhost" || hostname.endsWith(".localhost")) {
      return { ok: false, problem: "private" };
    }
    if (isIP(hostname) && !isPublicAddress(hostname)) return { ok: false, problem: "private" };
  }
  // The fragment never reaches the server; keeping it would only make two URLs look different.
  url.hash = "";
  if (url.href.length > MAX_WEBHOOK_URL_LENGTH) return { ok: false, problem: "tooLong" };
  return { ok: true, url: url.href, hostname };
}

/**
 * Addresses no webhook may reach in production: "this" network, private ranges (RFC 1918,
 * ULA), shared CGNAT space, loopback, link-local (cloud metadata lives at 169.254.169.254),
 * documentation and benchmarking ranges, multicast and reserved space. IPv4-mapped and NAT64
 * forms of these are caught too.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, "ipv4");
  if (family !== 6) return false;
  const embedded = embeddedIpv4(address);
  if (embedded !== null) return isPublicAddress(embedded);
  return !blocked.check(address, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) one. */
function embeddedIpv4(address: string): string | null {
  const match = /^(?:::ffff:|64:ff9b::)(.+)$/i.exec(address);
  if (!match) return null;
  const rest = match[1]!;
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

const unbracket = (host: string) =>
  host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
