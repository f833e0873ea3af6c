/**
 * The smoke test over the whole emails/ folder: every template is in the registry, and every
 * registry entry renders in every language with its preview props — a subject, an HTML part
 * without holes, a text part — and without a missing or broken message.
 */
import { render, toPlainText } from "@react-email/components";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { locales } from "~/i18n/locales";
import { emailTemplates, type EmailTemplate } from "./registry";

type AnyEntry = (typeof emailTemplates)["signIn"];
const entries = Object.entries(emailTemplates) as [EmailTemplate, AnyEntry][];

/** Top-level .tsx files; shared pieces live in components/ or are named *-parts.tsx. */
const modules = import.meta.glob<{ default?: unknown }>("./*.tsx", { eager: true });
const templateFiles = Object.entries(modules).filter(
  ([file]) => !/(registry|\.test|-parts)\.tsx$/.test(file),
);

/** What a hole in a rendered message looks like: a value that was not there, a raw key. */
const HOLES = /undefined|\bNaN\b|\[object Object\]|\bnull\b(?!\w)|\{\w+\}|\bemails\.\w+\.\w+/;

/** next-intl reports missing messages and bad arguments through console.error. */
const intlProblem = /MISSING_MESSAGE|FORMATTING_ERROR|INVALID_MESSAGE|INVALID_KEY/;

describe("email templates", () => {
  let errors: MockInstance<typeof console.error>;
  beforeEach(() => {
    errors = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  it("registers every template file in emails/", () => {
    const registered = new Set(
      entries.map(([, entry]) => entry.render("en", entry.previewProps).type),
    );
    expect(templateFiles.length).toBeGreaterThan(0);
    for (const [file, module] of templateFiles) {
      expect(typeof module.default, `${file} has a default export (the template)`).toBe("function");
      expect(registered.has(module.default as never), `${file} is in emails/registry.tsx`).toBe(
        true,
      );
    }
  });

  for (const [name, entry] of entries) {
    for (const locale of locales) {
      it(`${name} renders in ${locale}`, async () => {
        const props = entry.previewProps;
        const subject = entry.subject(locale, props);
        const html = await render(entry.render(locale, props));
        const text = toPlainText(html);

        expect(subject.trim().length).toBeGreaterThan(3);
        expect(subject).not.toMatch(HOLES);
        expect(html).toContain(`lang="${locale}"`);
        expect(text.trim().length).toBeGreaterThan(20);
        expect(text).not.toMatch(HOLES);
        // Attributes too (links, alt texts), not only the visible text.
        expect(html).not.toMatch(/="[^"]*(undefined|\[object Object\])[^"]*"/);
        const problems = errors.mock.calls.map((call) => String(call[0]));
        expect(problems.filter((p) => intlProblem.test(p))).toEqual([]);
      });
    }
  }

  it("puts the sign-in link in both the HTML and the text part", async () => {
    const { previewProps } = emailTemplates.signIn;
    const element = emailTemplates.signIn.render("pl", previewProps);
    expect(await render(element)).toContain(previewProps.url);
    expect(await render(element, { plainText: true })).toContain(previewProps.url);
  });
});
