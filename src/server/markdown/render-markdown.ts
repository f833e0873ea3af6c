import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import { Marked } from "marked";

const window = new JSDOM("").window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

// Links leave the portal: a new tab, no opener, no referrer, and no endorsement for search
// engines (lesson text is written by managers, but may quote anything).
purify.addHook("afterSanitizeAttributes", (node) => {
  if (node.nodeName.toLowerCase() === "a" && node.hasAttribute("href")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer nofollow");
  }
});

const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * A lesson's markdown as HTML safe to put in the page: marked renders (and passes raw HTML
 * through), then DOMPurify keeps only plain content markup. Scripts, styles, frames, forms,
 * event handlers and script URLs (javascript:, data:) never survive; the player renders the
 * video itself from an allowlisted address, never from the body.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: [
      "style",
      "iframe",
      "form",
      "input",
      "button",
      "textarea",
      "select",
      "object",
      "embed",
      "svg",
      "math",
    ],
    FORBID_ATTR: ["style", "class", "id"],
  });
}
