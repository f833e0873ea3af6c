import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { locales, pickLocale } from "./locales";
import { messages } from "./messages";

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.assign(
    {},
    ...Object.entries(value as Record<string, unknown>).map(([key, child]) =>
      flatten(child, prefix ? `${prefix}.${key}` : key),
    ),
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)[,}]/g)].map((match) => match[1]).sort();

describe("message files", () => {
  const english = flatten(messages.en);
  for (const locale of locales) {
    it(`${locale} has every key, the same placeholders, and valid ICU syntax`, () => {
      const translated = flatten(messages[locale]);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(translated)) {
        expect(new Set(placeholders(text)), key).toEqual(new Set(placeholders(english[key]!)));
        expect(() => new IntlMessageFormat(text, locale), key).not.toThrow();
      }
    });
  }

  it("translates for real rather than copying English", () => {
    expect(messages.pl.signIn.title).not.toBe(messages.en.signIn.title);
    expect(messages.ru.signIn.title).not.toBe(messages.en.signIn.title);
  });
});

describe("pickLocale", () => {
  it("prefers the cookie, then Accept-Language, then English", () => {
    expect(pickLocale("ru", "pl-PL,pl;q=0.9")).toBe("ru");
    expect(pickLocale(undefined, "de-DE,pl;q=0.8,en;q=0.5")).toBe("pl");
    expect(pickLocale("xx", null)).toBe("en");
  });
});
