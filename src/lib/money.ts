/**
 * Money is bigint minor units plus an ISO 4217 currency. These helpers turn what a person
 * types ("12.50", "12,5") into minor units and back without ever passing through a float,
 * so 0.1 + 0.2 can never cost anyone a cent. The number of minor digits of a currency is
 * the one Intl (CLDR) uses to display it, so parsing and formatting always agree.
 */

export class MoneyFormatError extends Error {
  constructor(
    readonly input: string,
    readonly digits: number,
  ) {
    super(`"${input}" is not an amount with at most ${digits} decimals`);
    this.name = "MoneyFormatError";
  }
}

const digitCache = new Map<string, number>();

/** How many minor digits a currency has: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions()
      .maximumFractionDigits!;
    digitCache.set(code, digits);
  }
  return digits;
}

/**
 * Parses a plain decimal ("7.5", "-3", "0,25") into an integer scaled by 10^scale: "7.5" at
 * scale 2 is 750n. A comma is accepted as the decimal mark (Polish and Russian write it so);
 * grouping separators are refused rather than guessed, because "1,250" is ambiguous.
 * Returns null for anything else, including more decimals than `scale`.
 */
export function parseDecimal(input: string, scale: number): bigint | null {
  const match = /^([+-]?)(\d+)?(?:[.,](\d*))?$/.exec(input.trim());
  if (!match) return null;
  const [, sign, whole = "", fraction = ""] = match;
  if (whole === "" && fraction === "") return null;
  if (fraction.length > scale) {
    // Trailing zeros carry no value ("12.500" is 12.50 for EUR); anything else would be lost.
    if (/[^0]/.test(fraction.slice(scale))) return null;
  }
  const digits = `${whole}${fraction.slice(0, scale).padEnd(scale, "0")}`;
  const value = BigInt(digits === "" ? "0" : digits);
  return sign === "-" ? -value : value;
}

/** "12.50" EUR → 1250n. Throws MoneyFormatError for anything that is not an exact amount. */
export function parseMoney(input: string, currency: string): bigint {
  const digits = currencyDigits(currency);
  const value = parseDecimal(input, digits);
  if (value === null) throw new MoneyFormatError(input, digits);
  return value;
}

/** 1250n EUR → "12.50": the plain decimal a form field shows for editing. */
export function minorToDecimal(minor: bigint, currency: string): string {
  return scaledToDecimal(minor, currencyDigits(currency));
}

/** An integer scaled by 10^scale as a plain decimal string: (750n, 2) → "7.50". */
export function scaledToDecimal(value: bigint, scale: number): string {
  const negative = value < 0n;
  const text = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const whole = text.slice(0, text.length - scale);
  const fraction = scale > 0 ? `.${text.slice(text.length - scale)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** 1250n EUR in "pl" → "12,50 €". Exact for any size: Intl receives a decimal string. */
export function formatMoney(minor: bigint, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  // A numeric string keeps every digit (Intl.NumberFormat v3); a Number would round past 2^53.
  return format.format(minorToDecimal(minor, currency) as Intl.StringNumericLiteral);
}
