import { createTranslator } from "next-intl";
import type { Locale } from "./locales";
import { messages } from "./messages";

/** A translator outside React: emails, server errors, the command line. */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale] });
}
