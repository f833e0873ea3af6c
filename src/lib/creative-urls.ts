/**
 * Addresses of a creative's files. The signed-in ones (`/api/creatives/…`) check the session
 * and serve managers and approved partners; the public image address is what an embed code
 * on a partner's site points at, so it must load for any visitor without a session.
 * Client components use this module too: it reads no configuration, callers pass origins.
 */

export function creativeFileUrl(id: string, options: { download?: boolean } = {}): string {
  const url = `/api/creatives/${encodeURIComponent(id)}/file`;
  return options.download ? `${url}?download=1` : url;
}

export function creativeThumbnailUrl(id: string): string {
  return `/api/creatives/${encodeURIComponent(id)}/thumbnail`;
}

const extensions: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "image/svg+xml": "svg",
};

/** Image types the public route serves; anything else stays behind the session. */
export const PUBLIC_IMAGE_TYPES = Object.keys(extensions);

/**
 * The public address of an image creative. The last segment is only a readable file name
 * with the right extension (blog editors and mail clients like one); the route ignores it,
 * the creative's random uuid is what selects the file.
 */
export function publicCreativeImageUrl(
  creative: { id: string; name: string; mimeType: string | null },
  /** The web app's public origin (appUrl() on the server). */
  base: string,
): string {
  const ext = (creative.mimeType && extensions[creative.mimeType]) || "img";
  const stem =
    creative.name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "creative";
  return `${base.replace(/\/+$/, "")}/api/public/creatives/${encodeURIComponent(creative.id)}/${stem}.${ext}`;
}
