import { Heading, Link, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Locale } from "~/i18n/locales";
import { translator as newTranslator } from "~/i18n/translator";
import { minorToDecimal } from "~/lib/money";
import { textStyle } from "./layout";

/** What the partner and the program digests share: cached formatters, styles and parts. */

/**
 * Thousands of digests render in one run: a translator per language is made once instead of
 * once per message and section (creating one costs several times a lookup).
 */
const translators = new Map<Locale, ReturnType<typeof newTranslator>>();
export function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = newTranslator(locale)));
  return t;
}

// Intl formatters cost far more to create than to use: one per language (and currency or
// zone) for the whole run.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
export function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) formatters.set(key, (found = make()));
  return found;
}

/** As formatMoney (exact: Intl gets a decimal string), with the formatter reused. */
export function money(locale: Locale, currency: string, minor: string): string {
  const format = memo(
    `money|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: "currency", currency }),
  );
  return format.format(minorToDecimal(BigInt(minor), currency) as Intl.StringNumericLiteral);
}

/** "23–29 Mar 2026" in the recipient's language; the days are calendar dates, not instants. */
export function periodRange(locale: Locale, from: string, to: string): string {
  const format = memo(
    `range|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }),
  );
  return format.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}

export const headingStyle = { color: "#18181b", fontSize: 17, margin: "20px 0 4px" } as const;
const smallStyle = {
  color: "#52525b",
  fontSize: 13,
  lineHeight: "20px",
  margin: "0 0 6px",
} as const;

/** Preference center and unsubscribe, in every digest (bulk mail must offer both). */
export function DigestLinks(props: {
  locale: Locale;
  preferencesUrl: string;
  unsubscribeUrl: string;
}) {
  const t = translator(props.locale);
  return (
    <Text style={smallStyle}>
      <Link href={props.preferencesUrl}>{t("digests.preferences")}</Link>
      {" · "}
      <Link href={props.unsubscribeUrl}>{t("digests.unsubscribe")}</Link>
    </Text>
  );
}

/**
 * A digest section listing one line per item under its heading; nothing at all when the list
 * is empty, so a digest only shows what happened.
 */
export function DigestList(props: {
  heading: string;
  items: readonly { key: string; text: ReactNode }[];
}) {
  if (props.items.length === 0) return null;
  return (
    <>
      <Heading as="h2" style={headingStyle}>
        {props.heading}
      </Heading>
      <Text style={textStyle}>
        {props.items.map((item, i) => (
          <span key={item.key}>
            {i > 0 && <br />}
            {item.text}
          </span>
        ))}
      </Text>
    </>
  );
}

/** "Spring launch — Tue, 31 Mar 2026, 16:00 (Europe/Warsaw)": in the zone it was scheduled in. */
export function webinarLine(
  locale: Locale,
  w: { title: string; startsAt: string; timeZone: string },
): string {
  const format = memo(
    `when|${locale}|${w.timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: w.timeZone,
      }),
  );
  const when = format.format(new Date(w.startsAt));
  return `${w.title} — ${when} (${w.timeZone.replaceAll("_", " ")})`;
}
