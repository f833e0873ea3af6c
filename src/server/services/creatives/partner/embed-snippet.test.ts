import { describe, expect, it } from "vitest";
import { canEmbed, embedSnippet, escapeHtml, type EmbedCreative } from "./embed-snippet";

const id = "0b9f8d2e-5c1a-4e07-9a51-3f2f8c1d7e44";
const target = {
  code: "Ab3dE9xZ",
  trackingBase: "https://go.example.com/",
  appBase: "https://partners.example.com",
};
const link = "https://go.example.com/r/Ab3dE9xZ";
const pixel = `https://go.example.com/i/Ab3dE9xZ.gif?c=${id}`;

const creative = (overrides: Partial<EmbedCreative>): EmbedCreative => ({
  id,
  kind: "banner",
  name: "Spring sale",
  mimeType: "image/png",
  width: 728,
  height: 90,
  hasFile: true,
  body: null,
  videoUrl: null,
  ...overrides,
});

/** The snippet parsed the way a browser would, to check structure instead of spelling. */
function parse(html: string) {
  const anchors = [...html.matchAll(/<a ([^>]*)>/g)].map((m) => attrs(m[1]!));
  const images = [...html.matchAll(/<img ([^>]*)>/g)].map((m) => attrs(m[1]!));
  return { anchors, images };
}
function attrs(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe("embedSnippet for images", () => {
  it("links the image to the partner's tracking link and adds the creative's pixel", () => {
    const html = embedSnippet(creative({}), target)!;
    const { anchors, images } = parse(html);
    expect(anchors).toEqual([{ href: link, target: "_blank", rel: "sponsored noopener" }]);
    expect(images[0]).toMatchObject({
      src: `https://partners.example.com/api/public/creatives/${id}/spring-sale.png`,
      width: "728",
      height: "90",
      alt: "Spring sale",
    });
    expect(images[1]).toMatchObject({ src: pixel, width: "1", height: "1", alt: "" });
    expect(images[1]!.style).toMatch(/^position:absolute;/);
    expect(html.indexOf("</a>")).toBeLessThan(html.indexOf(pixel));
  });

  it("escapes a hostile name so it cannot leave the alt attribute", () => {
    const html = embedSnippet(
      creative({ kind: "logo", name: `"><script>alert(1)</script><img onerror='x'` }),
      target,
    )!;
    expect(html).not.toContain("<script");
    // Still one link and two images: nothing broke out of the attribute into new markup.
    expect(html.match(/</g)).toHaveLength(4);
    expect(Object.keys(parse(html).images[0]!)).toEqual(["src", "width", "height", "alt", "style"]);
    expect(parse(html).images[0]!.alt).toBe(
      "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img onerror=&#39;x&#39;",
    );
  });

  it("leaves out unknown dimensions and refuses files that are not public images", () => {
    const html = embedSnippet(creative({ width: null, height: null }), target)!;
    expect(parse(html).images[0]).not.toHaveProperty("width");
    expect(embedSnippet(creative({ hasFile: false }), target)).toBeNull();
    expect(embedSnippet(creative({ mimeType: "application/pdf" }), target)).toBeNull();
    expect(embedSnippet(creative({ kind: "document", mimeType: "application/pdf" }), target)).toBe(
      null,
    );
  });
});

describe("embedSnippet for text", () => {
  it("puts the link where ad copy and social posts ask for it, in either spelling", () => {
    const body = "Learn to cook with me & Northwind: {link} — or {{ link }} / {{link}}";
    expect(embedSnippet(creative({ kind: "ad_copy", body }), target)).toBe(
      `Learn to cook with me & Northwind: ${link} — or ${link} / ${link}`,
    );
  });

  it("appends the link to a text without a placeholder", () => {
    expect(embedSnippet(creative({ kind: "social_post", body: "Big sale!  " }), target)).toBe(
      `Big sale!\n\n${link}`,
    );
    expect(embedSnippet(creative({ kind: "social_post", body: "" }), target)).toBe(link);
  });

  it("gives HTML email templates the escaped link and the pixel inside the body", () => {
    const body = '<html><body><a href="{{link}}">Shop</a></body></html>';
    const html = embedSnippet(creative({ kind: "email_template", body }), target)!;
    expect(html).toBe(
      `<html><body><a href="${link}">Shop</a>` +
        `<img src="${pixel}" width="1" height="1" alt="" style="position:absolute;width:1px;height:1px;border:0;opacity:0;pointer-events:none">` +
        `\n</body></html>`,
    );
  });

  it("adds a link paragraph to an HTML fragment without a placeholder", () => {
    const html = embedSnippet(creative({ kind: "email_template", body: "<p>Hi</p>" }), target)!;
    const { anchors, images } = parse(html);
    expect(anchors[0]!.href).toBe(link);
    expect(images.at(-1)!.src).toBe(pixel);
  });

  it("keeps plain-text email templates plain", () => {
    expect(embedSnippet(creative({ kind: "email_template", body: "Hi, see {link}" }), target)).toBe(
      `Hi, see ${link}`,
    );
  });

  it("gives videos their address and the link", () => {
    expect(
      embedSnippet(creative({ kind: "video", videoUrl: "https://youtu.be/abc" }), target),
    ).toBe(`https://youtu.be/abc\n\n${link}`);
  });
});

describe("canEmbed", () => {
  it("agrees with embedSnippet on every kind", () => {
    const kinds: EmbedCreative["kind"][] = [
      "banner",
      "logo",
      "email_template",
      "ad_copy",
      "social_post",
      "video",
      "document",
    ];
    for (const kind of kinds) {
      for (const mimeType of ["image/png", "image/svg+xml", "application/pdf", null]) {
        for (const hasFile of [true, false]) {
          const item = creative({ kind, mimeType, hasFile, body: "x", videoUrl: "https://v.x" });
          expect(canEmbed(item)).toBe(embedSnippet(item, target) !== null);
        }
      }
    }
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});
