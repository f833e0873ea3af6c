/** The query parameter carrying the click id to the merchant (and back in conversions). */
export const CLICK_PARAM = "rly_click";

/** A stored destination split around the click id, so each redirect is two string joins. */
export type LocationTemplate = { prefix: string; suffix: string };

/**
 * Prepares `destination` + `rly_click=<id>` with the URL API: existing query parameters keep
 * their exact encoding and order, a stale rly_click is replaced, the fragment stays last. The
 * result is the serialised URL, which is ASCII without spaces or line breaks and so safe in a
 * Location header. Null when the stored destination is not an absolute http(s) URL: such a
 * link is treated as unknown rather than sending the visitor somewhere unexpected.
 */
export function locationTemplate(destination: string): LocationTemplate | null {
  let url: URL;
  try {
    url = new URL(destination);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.searchParams.has(CLICK_PARAM)) url.searchParams.delete(CLICK_PARAM);
  const suffix = url.hash;
  url.hash = "";
  // An empty query ("…/p?") serialises with its "?" but has no search.
  const href = url.href;
  const joiner = url.search !== "" ? "&" : href.endsWith("?") ? "" : "?";
  return { prefix: `${href}${joiner}${CLICK_PARAM}=`, suffix };
}

/** Click ids are base62, so they need no escaping here. */
export function locationFor(template: LocationTemplate, clickId: string): string {
  return template.prefix + clickId + template.suffix;
}
