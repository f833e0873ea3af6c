import { appUrl } from "~/env";
import { DomainError } from "~/server/errors";

/** Fetch metadata values a browser sends for requests its own pages (or its user) started. */
const OWN_SITE = new Set(["same-origin", "none"]);

/**
 * Whether a state-changing request may come from where it says it comes from. Browsers mark
 * every POST with Origin, and current ones with Sec-Fetch-Site too; when either is present it
 * must name this app (exactly its origin, not a sibling subdomain: "same-site" is refused).
 * A request with neither comes from a script or a server, which cannot carry a visitor's
 * session cookie, so there is no one to forge it on behalf of.
 */
export function isSameOriginRequest(headers: Headers, appOrigin: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null && !OWN_SITE.has(site.toLowerCase())) return false;
  const origin = headers.get("origin");
  // Opaque origins (sandboxed frames, some redirects) arrive as the string "null".
  return origin === null || origin === appOrigin;
}

/**
 * A body a plain HTML form cannot send: forms post only urlencoded, multipart or text/plain,
 * so requiring JSON makes another site's form useless against tRPC mutations even in a
 * browser that sent no Origin.
 */
export function isJsonRequest(headers: Headers): boolean {
  const type = headers.get("content-type");
  return type?.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}

/** The origin browsers put in Origin for this deployment's pages. */
export const appOrigin = () => new URL(appUrl()).origin;

/** The refusal of a cross-site request, a 403 with its own translated message. */
export const crossSiteRefused = () => new DomainError("FORBIDDEN", "crossSite");

/** For route handlers that change state: throws the refusal unless the request is our own. */
export function assertSameOrigin(request: Request, origin: string = appOrigin()): void {
  if (!isSameOriginRequest(request.headers, origin)) throw crossSiteRefused();
}
