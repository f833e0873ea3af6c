import { pixelUrl, trackingUrl } from "~/server/tracking/tracking-url";
import { PUBLIC_IMAGE_TYPES, publicCreativeImageUrl } from "~/lib/creative-urls";

export type EmbedCreative = {
  id: string;
  kind: "banner" | "logo" | "email_template" | "ad_copy" | "social_post" | "video" | "document";
  name: string;
  mimeType: string | null;
  width: number | null;
  height: number | null;
  hasFile: boolean;
  body: string | null;
  videoUrl: string | null;
};

export type EmbedTarget = {
  /** The partner's link code for this creative. */
  code: string;
  /** The tracking domain (ingest server) and the web app, both absolute. */
  trackingBase: string;
  appBase: string;
};

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe in element text and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char]!);
}

// {{link}} (with optional spaces) first, so "{{link}}" is not read as "{" + "{link}" + "}".
const PLACEHOLDER = /\{\{\s*link\s*\}\}|\{link\}/g;
const LOOKS_LIKE_HTML = /<\/?[a-z][^>]*>/i;
// Hidden without display:none, which some mail clients and browsers skip loading.
const PIXEL_STYLE = "position:absolute;width:1px;height:1px;border:0;opacity:0;pointer-events:none";

function pixelTag(url: string): string {
  return `<img src="${escapeHtml(url)}" width="1" height="1" alt="" style="${PIXEL_STYLE}">`;
}

/** Replaces the link placeholders; a text without one gets `fallback` as its last line. */
function withLink(text: string, link: string, fallback = link): string {
  PLACEHOLDER.lastIndex = 0;
  if (!PLACEHOLDER.test(text)) return text.trim() ? `${text.trimEnd()}\n\n${fallback}` : fallback;
  return text.replace(PLACEHOLDER, () => link);
}

/** Whether embedSnippet has something to offer for this creative (documents and non-images don't). */
export function canEmbed(creative: Pick<EmbedCreative, "kind" | "hasFile" | "mimeType">): boolean {
  switch (creative.kind) {
    case "banner":
    case "logo":
      return creative.hasFile && PUBLIC_IMAGE_TYPES.includes(creative.mimeType ?? "");
    case "document":
      return false;
    default:
      return true;
  }
}

/**
 * The code a partner pastes into their site, mail or post, carrying their own tracking link
 * (and, where an image can load, the impression pixel with the creative's id, so per-creative
 * impressions count). Pure: the caller supplies the link code and both origins. Everything
 * taken from the creative is HTML-escaped where the result is HTML; ad copy and social posts
 * are plain text and stay as written. Documents have nothing to embed: null.
 */
export function embedSnippet(creative: EmbedCreative, target: EmbedTarget): string | null {
  const link = trackingUrl(target.code, target.trackingBase);
  const pixel = pixelUrl(target.code, { creativeId: creative.id, base: target.trackingBase });
  switch (creative.kind) {
    case "banner":
    case "logo": {
      if (!canEmbed(creative)) return null;
      const image = publicCreativeImageUrl(creative, target.appBase);
      const size =
        creative.width && creative.height
          ? ` width="${creative.width}" height="${creative.height}"`
          : "";
      return (
        `<a href="${escapeHtml(link)}" target="_blank" rel="sponsored noopener">` +
        `<img src="${escapeHtml(image)}"${size} alt="${escapeHtml(creative.name)}" style="border:0"></a>` +
        pixelTag(pixel)
      );
    }
    case "email_template": {
      const body = creative.body ?? "";
      if (!LOOKS_LIKE_HTML.test(body)) return withLink(body, link);
      // Inside HTML the link lands in attributes and text alike: escaped for both.
      const href = escapeHtml(link);
      const anchor = `<p><a href="${href}" target="_blank" rel="sponsored noopener">${href}</a></p>`;
      const html = withLink(body, href, anchor);
      // A whole document keeps its pixel inside <body>; a fragment gets it at the end.
      const end = html.search(/<\/body\s*>/i);
      return end === -1
        ? `${html}\n${pixelTag(pixel)}`
        : `${html.slice(0, end)}${pixelTag(pixel)}\n${html.slice(end)}`;
    }
    case "ad_copy":
    case "social_post":
      return withLink(creative.body ?? "", link);
    case "video":
      return creative.videoUrl ? `${creative.videoUrl}\n\n${link}` : link;
    case "document":
      return null;
  }
}
