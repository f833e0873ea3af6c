import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import { Marked } from "marked";
import { appUrl } from "~/env";
import { allowedImageUrl, type ImagePolicy } from "./image-policy";

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
 * A manager's markdown (lesson, announcement, newsletter) as HTML safe to put in a page or an
 * email: marked renders (and passes raw HTML through), then DOMPurify keeps only plain content
 * markup. Scripts, styles, frames, forms, event handlers and script URLs (javascript:, data:)
 * never survive; the player renders the video itself from an allowlisted address, never from
 * the body. Images load only from the program's own files or `imageHosts` (image-policy.ts);
 * any other image is replaced by its alt text, and nothing else in the markup can load one
 * (no srcset, picture, audio, video, background attributes or styles).
 */
export function renderMarkdown(markdown: string, imageHosts: readonly string[] = []): string {
  const html = marked.parse(markdown) as string;
  const fragment = purify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
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
      "picture",
      "source",
      "audio",
      "video",
      "track",
    ],
    FORBID_ATTR: ["style", "class", "id", "srcset", "background", "poster"],
  });
  keepAllowedImages(fragment, { appOrigin: appUrl(), allowedHosts: imageHosts });
  const container = window.document.createElement("div");
  container.append(fragment);
  return container.innerHTML;
}

function keepAllowedImages(fragment: DocumentFragment, policy: ImagePolicy): void {
  for (const image of Array.from(fragment.querySelectorAll("img"))) {
    const src = allowedImageUrl(image.getAttribute("src") ?? "", policy);
    if (src) image.setAttribute("src", src);
    else image.replaceWith(window.document.createTextNode(image.getAttribute("alt") ?? ""));
  }
}
