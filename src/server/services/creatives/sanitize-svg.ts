import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";

/**
 * SVG is a document that can carry scripts, event handlers, embedded HTML and references to
 * other servers. We keep what draws (shapes, gradients, filters, text, embedded raster images)
 * and drop the rest; files are still served with a sandboxing CSP, so this is the first of
 * two defences, not the only one.
 */

/** An XML declaration, comments and a doctype, then the <svg> root: how SVG files start. */
const SVG_START =
  /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)\s*)*<svg[\s>]/i;

export function looksLikeSvg(text: string): boolean {
  return SVG_START.test(text);
}

const window = new JSDOM("").window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

/** url(…) pointing anywhere but a fragment of this same document (#gradient). */
const EXTERNAL_URL = /url\(\s*(?!['"]?\s*#)[^)]*\)/gi;
const FRAGMENT_URL = /url\(\s*['"]?\s*#[^)]*\)/gi;
const IMPORT_RULE = /@import[^;]*;?/gi;
/** What could still load something once fragment references are set aside; CSS escapes
 * (\75 rl) are refused outright, as they exist to spell these differently. */
const CSS_REFERENCE = /\\|url\(|image-set\(|src\(|@import|expression\(/i;
const SCRIPT_URL = /^(?:javascript|vbscript|data\s*:\s*text\/html)/i;
/** Raster images embedded in the file itself: they reference nothing outside it. */
const EMBEDDED_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]*$/i;

const selfContained = (css: string) => !CSS_REFERENCE.test(css.replace(FRAGMENT_URL, ""));

let changed = false;

purify.addHook("uponSanitizeAttribute", (node, data) => {
  const value = data.attrValue.trim();
  const name = data.attrName.toLowerCase();
  const keep =
    name === "href" || name === "xlink:href"
      ? value.startsWith("#") ||
        (node.nodeName.toLowerCase() === "image" && EMBEDDED_IMAGE.test(value))
      : !SCRIPT_URL.test(value) &&
        !(name === "attributename" && /href/i.test(value)) &&
        selfContained(value);
  if (!keep && data.keepAttr) {
    data.keepAttr = false;
    changed = true;
  }
});

purify.addHook("afterSanitizeElements", (node) => {
  if (node.nodeName.toLowerCase() !== "style") return;
  const css = node.textContent ?? "";
  const cleaned = css.replace(IMPORT_RULE, "").replace(EXTERNAL_URL, "none");
  const safe = selfContained(cleaned) ? cleaned : "";
  if (safe !== css) {
    node.textContent = safe;
    changed = true;
  }
});

export type SanitizedSvg = { svg: string; changed: boolean };

/**
 * The sanitized SVG as well-formed XML, and whether anything was removed; null when the
 * text is not a single SVG document.
 */
export function sanitizeSvg(text: string): SanitizedSvg | null {
  if (!looksLikeSvg(text)) return null;
  // The prolog (declaration, doctype with possible entity definitions) is dropped unread.
  const start = text.search(/<svg[\s>]/i);
  changed = false;
  const body = purify.sanitize(text.slice(start), {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ["use"],
    FORBID_TAGS: ["script", "foreignObject", "iframe", "embed", "object", "set"],
    RETURN_DOM: true,
  }) as unknown as HTMLElement;
  const removed = purify.removed.some((item) => {
    if ("attribute" in item) return true;
    const node = item.element;
    // The parser's wrapper and comments are not content anyone would miss.
    return node.nodeName !== "BODY" && node.nodeType !== window.Node.COMMENT_NODE;
  });
  const root = body.firstElementChild;
  if (body.childElementCount !== 1 || !root || root.localName !== "svg") return null;
  return {
    svg: new window.XMLSerializer().serializeToString(root),
    changed: changed || removed,
  };
}
