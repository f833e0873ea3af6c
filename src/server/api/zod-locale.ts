import { z } from "zod";
import type { Locale } from "~/i18n/locales";

const localeErrors = { en: z.locales.en(), pl: z.locales.pl(), ru: z.locales.ru() };

/** Zod's own wording of a built-in issue (too short, wrong type…) in the caller's language. */
export function zodLocaleError(locale: Locale, issue: z.core.$ZodIssue): string {
  const translated = localeErrors[locale].localeError?.(issue as never);
  if (typeof translated === "string") return translated;
  return translated?.message ?? issue.message;
}
