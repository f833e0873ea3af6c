import { trackingBaseUrl } from "~/lib/tracking-url";

/**
 * The impression pixel of a link for a banner embed code: a 1x1 GIF served by the ingest
 * server, counted for CPV. The creative id lets per-asset impressions be told apart.
 */
export function pixelUrl(code: string, options: { creativeId?: string; base?: string } = {}) {
  const url = `${trackingBaseUrl(options.base)}/i/${encodeURIComponent(code)}.gif`;
  return options.creativeId ? `${url}?c=${encodeURIComponent(options.creativeId)}` : url;
}
