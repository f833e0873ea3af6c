import { describe, expect, it } from "vitest";
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
});
