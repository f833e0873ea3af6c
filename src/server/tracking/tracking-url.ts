import { trackingBaseUrl } from "~/env";

/**
 * Addresses on the tracking domain, served by the ingest server (not by Next.js): `base` when
 * given, else the configured one (trackingBaseUrl in src/env.ts). Server code only.
 */
function tracking(base: string | undefined): string {
  return base ? base.replace(/\/+$/, "") : trackingBaseUrl();
}

/** The short link a partner shares: /r/{code} redirects to the link's stored destination. */
export function trackingUrl(code: string, base?: string): string {
  return `${tracking(base)}/r/${encodeURIComponent(code)}`;
}

/** Where merchant backends report conversions. */
export function conversionsEndpoint(base?: string): string {
  return `${tracking(base)}/api/v1/conversions`;
}

/**
 * The impression pixel of a link for a banner embed code: a 1x1 GIF served by the ingest
 * server, counted for CPV. The creative id lets per-asset impressions be told apart.
 */
export function pixelUrl(code: string, options: { creativeId?: string; base?: string } = {}) {
  const url = `${tracking(options.base)}/i/${encodeURIComponent(code)}.gif`;
  return options.creativeId ? `${url}?c=${encodeURIComponent(options.creativeId)}` : url;
}
