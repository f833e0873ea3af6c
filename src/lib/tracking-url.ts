/**
 * Addresses on the tracking domain, served by the ingest server (not by Next.js). In
 * production TRACKING_BASE_URL names that domain; in development the ingest server listens
 * on port 3001 beside the app.
 */
export function trackingBaseUrl(base = process.env.TRACKING_BASE_URL): string {
  return (base || "http://localhost:3001").replace(/\/+$/, "");
}

/** The short link a partner shares: /r/{code} redirects to the link's stored destination. */
export function trackingUrl(code: string, base?: string): string {
  return `${trackingBaseUrl(base)}/r/${encodeURIComponent(code)}`;
}

/** Where merchant backends report conversions. */
export function conversionsEndpoint(base?: string): string {
  return `${trackingBaseUrl(base)}/api/v1/conversions`;
}

/**
 * The impression pixel of a link for a banner embed code: a 1x1 GIF served by the ingest
 * server, counted for CPV. The creative id lets per-asset impressions be told apart.
 */
export function pixelUrl(code: string, options: { creativeId?: string; base?: string } = {}) {
  const url = `${trackingBaseUrl(options.base)}/i/${encodeURIComponent(code)}.gif`;
  return options.creativeId ? `${url}?c=${encodeURIComponent(options.creativeId)}` : url;
}
