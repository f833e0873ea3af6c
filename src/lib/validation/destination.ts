/**
 * Where a partner's link may send visitors: an http(s) page on one of the program's allowed
 * domains or their subdomains. The decision is made on the URL as a browser will parse it
 * (WHATWG URL: lower-cased, punycoded, percent-decoded host), never on the text, so
 * "https://shop.example.com.evil.com", "https://shop.example.com@evil.com" or
 * "https://evil.com/?shop.example.com" cannot pass for the shop. The normalised address is
 * what gets stored and redirected to.
 */

export const MAX_DESTINATION_LENGTH = 2000;

export type DestinationProblem = "invalid" | "scheme" | "credentials" | "domain" | "tooLong";

export type DestinationCheck =
  { ok: true; url: string; hostname: string } | { ok: false; problem: DestinationProblem };

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

export function checkDestination(
  input: string,
  allowedDomains: readonly string[],
): DestinationCheck {
  const text = input.trim();
  if (text.length === 0) return { ok: false, problem: "invalid" };
  if (text.length > MAX_DESTINATION_LENGTH) return { ok: false, problem: "tooLong" };
  let url: URL;
  try {
    // People paste "shop.example.com/page"; without a scheme it means https.
    url = new URL(hasScheme.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: "invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { ok: false, problem: "scheme" };
  // Credentials in a link are a phishing trick ("https://shop.example.com@evil.com" style).
  if (url.username !== "" || url.password !== "") return { ok: false, problem: "credentials" };
  if (!isAllowedHost(url.hostname, allowedDomains)) return { ok: false, problem: "domain" };
  const hostname = stripTrailingDot(url.hostname);
  url.hostname = hostname;
  const normalised = url.href;
  if (normalised.length > MAX_DESTINATION_LENGTH) return { ok: false, problem: "tooLong" };
  return { ok: true, url: normalised, hostname };
}

/** The host is an allowed domain or a subdomain of one, label by label. */
export function isAllowedHost(hostname: string, allowedDomains: readonly string[]): boolean {
  const host = stripTrailingDot(hostname.toLowerCase());
  // "shop.example.com.." is not the shop: only one trailing dot (the DNS root) is harmless.
  if (host.split(".").includes("")) return false;
  return allowedDomains.some((domain) => {
    const allowed = normaliseDomain(domain);
    return allowed !== null && (host === allowed || host.endsWith(`.${allowed}`));
  });
}

/** Allowed domains are stored normalised; this also copes with older Unicode or dotted ones. */
function normaliseDomain(domain: string): string | null {
  try {
    const host = stripTrailingDot(new URL(`https://${domain.trim()}`).hostname);
    return host.includes(".") ? host : null;
  } catch {
    return null;
  }
}

function stripTrailingDot(host: string): string {
  return host.endsWith(".") ? host.slice(0, -1) : host;
}

/** The program's home page: the first allowed domain that passes the check; null if none. */
export function programHomePage(allowedDomains: readonly string[]): string | null {
  for (const domain of allowedDomains) {
    const checked = checkDestination(`https://${domain}/`, allowedDomains);
    if (checked.ok) return checked.url;
  }
  return null;
}

export type LiveDestination = { url: string | null; allowed: boolean };

/**
 * Where a stored link sends visitors now. It was checked when it was made, but the manager may
 * have removed its domain since: then visitors go to the program's home page instead (null
 * when the program allows no domain at all), and the partner is told to replace the link.
 */
export function liveDestination(
  destination: string,
  allowedDomains: readonly string[],
): LiveDestination {
  let host = "";
  try {
    host = new URL(destination).hostname;
  } catch {
    // An unparsable stored destination is not allowed anywhere.
  }
  if (host !== "" && isAllowedHost(host, allowedDomains))
    return { url: destination, allowed: true };
  return { url: programHomePage(allowedDomains), allowed: false };
}
