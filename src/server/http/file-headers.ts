export type Disposition = "inline" | "attachment";

/**
 * Whether a creative's file opens in the browser or downloads. SVG is a document that could
 * script the page it is opened as, so it only renders inline where the browser loads it as an
 * image (an <img>: Sec-Fetch-Dest "image"), where scripts never run; PDFs and archives always
 * download.
 */
export function dispositionFor(input: {
  variant: "file" | "thumbnail";
  mimeType: string;
  download: boolean;
  fetchDest: string | null;
}): Disposition {
  if (input.variant === "thumbnail") return "inline";
  if (input.download) return "attachment";
  if (input.mimeType === "image/svg+xml")
    return input.fetchDest === "image" ? "inline" : "attachment";
  return input.mimeType.startsWith("image/") ? "inline" : "attachment";
}

/** RFC 6266 with an ASCII fallback for old clients and the exact name in UTF-8. */
export function contentDisposition(disposition: Disposition, fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Headers of every stored-file response. Uploads were checked and SVGs sanitized, but a file
 * is still never trusted as a document: no scripts, no sniffing, no framing, sandboxed.
 */
export const fileSecurityHeaders = {
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  "x-content-type-options": "nosniff",
  "cross-origin-resource-policy": "same-origin",
} as const;

/**
 * A creative's file never changes under its URL (a new file is a new creative), so a browser
 * may keep it; "private" keeps it out of shared caches, since only members may fetch it.
 */
export const fileCacheControl = "private, max-age=31536000, immutable";

export function fileResponseHeaders(input: {
  contentType: string;
  disposition: Disposition;
  fileName: string;
  etag: string;
  length: number;
}): Headers {
  return new Headers({
    ...fileSecurityHeaders,
    "content-type": input.contentType,
    "content-length": String(input.length),
    "content-disposition": contentDisposition(input.disposition, input.fileName),
    "cache-control": fileCacheControl,
    etag: input.etag,
    // The same URL answers inline or as a download depending on how it is fetched.
    vary: "Sec-Fetch-Dest",
  });
}
