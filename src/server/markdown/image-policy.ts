/**
 * Where an image in a manager's text (lessons, announcements, newsletters) may load from: the
 * program's own files on the app's origin, or a host the manager allowed (exact name, https).
 * Anything else would let a third party see who read what and when (a tracking pixel), so it
 * is never loaded.
 */
export type ImagePolicy = {
  /** The web app's public origin, where the program's own files are served. */
  appOrigin: string;
  /** Host names the program allows images from (programs.allowed_image_hosts). */
  allowedHosts: readonly string[];
};

/** Creative files and thumbnails (src/lib/creative-urls.ts): the program's own storage. */
const OWN_FILE = /^\/api\/creatives\/[^/]+\/(?:file|thumbnail)$/;

/**
 * The absolute address to load an image from, or null when it may not load. Decided on the URL
 * as a browser parses it (relative addresses against the app), so "//evil.example/x.png",
 * "https://evil.example@shop.example/" or an allowed name inside a path cannot pass.
 */
export function allowedImageUrl(src: string, policy: ImagePolicy): string | null {
  let url: URL;
  let app: URL;
  try {
    app = new URL(policy.appOrigin);
    url = new URL(src.trim(), app);
  } catch {
    return null;
  }
  if (url.username !== "" || url.password !== "") return null;
  if (url.origin === app.origin && OWN_FILE.test(url.pathname)) return url.href;
  if (url.protocol !== "https:") return null;
  const host = url.hostname.replace(/\.$/, "");
  return policy.allowedHosts.includes(host) ? url.href : null;
}
