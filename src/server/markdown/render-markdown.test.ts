import { describe, expect, it } from "vitest";
import { appUrl } from "~/env";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders markdown", () => {
    const html = renderMarkdown("# Welcome\n\nSome **bold** text.\n\n- one\n- two");
    expect(html).toContain("<h1>Welcome</h1>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<li>one</li>");
  });

  it("drops scripts, event handlers, frames, styles and script URLs", () => {
    const html = renderMarkdown(
      [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(2)">',
        "[click](javascript:alert(3))",
        '<a href="JaVaScRiPt:alert(4)">x</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<p style="position:fixed" onclick="alert(5)">hi</p>',
        '<a href="data:text/html,<script>alert(6)</script>">d</a>',
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|style=|data:text/i);
    expect(html).toContain("hi");
  });

  it("opens links in a new tab without opener, referrer or endorsement", () => {
    const html = renderMarkdown("[docs](https://example.com/docs)");
    expect(html).toBe(
      '<p><a href="https://example.com/docs" target="_blank" rel="noopener noreferrer nofollow">docs</a></p>\n',
    );
  });

  describe("images", () => {
    it("drops an image from a host the program did not allow, keeping its alt text", () => {
      const html = renderMarkdown(
        '![Logo](https://tracker.example/pixel.gif)\n\n<img src="https://tracker.example/p.gif" alt="">',
        ["cdn.shop.example"],
      );
      expect(html).not.toMatch(/<img|tracker\.example/);
      expect(html).toContain("Logo");
    });

    it("keeps images from an allowed host and the program's own files", () => {
      const html = renderMarkdown(
        "![Banner](https://cdn.shop.example/b.png) ![Own](/api/creatives/c1/file)",
        ["cdn.shop.example"],
      );
      expect(html).toContain('<img src="https://cdn.shop.example/b.png" alt="Banner">');
      expect(html).toContain(`<img src="${appUrl("/api/creatives/c1/file")}" alt="Own">`);
    });

    it("allows no image host by default", () => {
      expect(renderMarkdown("![x](https://cdn.shop.example/b.png)")).not.toContain("<img");
    });

    it("lets nothing else load an image: srcset, picture, video posters, backgrounds, styles", () => {
      const html = renderMarkdown(
        [
          '<img src="/api/creatives/c1/file" srcset="https://tracker.example/a.gif 2x">',
          '<picture><source srcset="https://tracker.example/b.gif"><img src="/api/creatives/c1/file"></picture>',
          '<video poster="https://tracker.example/c.gif"></video>',
          '<audio src="https://tracker.example/d.mp3"></audio>',
          '<table background="https://tracker.example/e.gif"><tr><td>t</td></tr></table>',
          '<p style="background:url(https://tracker.example/f.gif)">s</p>',
        ].join("\n\n"),
      );
      expect(html).not.toContain("tracker.example");
    });
  });
});
