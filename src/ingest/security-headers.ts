import type { ServerResponse } from "node:http";
import type { Route } from "./router";

/**
 * A tracking redirect's referrer policy. The referrer a merchant sees is the partner's page
 * (never the tracking URL), already trimmed by that page's own policy when the visitor left
 * it; a redirect can only trim it further. Merchants want to know which page sent a visitor,
 * so the redirect passes on whatever the partner's page chose to send, except over a
 * downgrade to http, where nothing is sent.
 */
export const REDIRECT_REFERRER_POLICY = "no-referrer-when-downgrade";

/**
 * The headers every ingest answer carries: no content sniffing (a JSON error or a pixel is
 * never read as HTML or script), and the web app's referrer policy for everything but
 * redirects. Each answer's own headers (set later by writeHead) still win.
 */
export function ingestSecurityHeaders(route: Route["kind"]): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy":
      route === "redirect" ? REDIRECT_REFERRER_POLICY : "strict-origin-when-cross-origin",
  };
}

export function applyIngestSecurityHeaders(res: ServerResponse, route: Route["kind"]): void {
  for (const [name, value] of Object.entries(ingestSecurityHeaders(route))) {
    res.setHeader(name, value);
  }
}
