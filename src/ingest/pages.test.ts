import { describe, expect, it } from "vitest";
import { escapeHtml, pickLocale } from "./pages";

describe("pages", () => {
  it("escapes HTML", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("picks the visitor's language among en, pl and ru", () => {
    expect(pickLocale("pl-PL,pl;q=0.9,en;q=0.8")).toBe("pl");
    expect(pickLocale("de-DE,ru;q=0.8")).toBe("ru");
    expect(pickLocale("de")).toBe("en");
    expect(pickLocale(undefined)).toBe("en");
  });
});
