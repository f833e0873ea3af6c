import { currencyDigits, formatMoney, parseDecimal, scaledToDecimal } from "~/lib/money";

export const CONTEST_METRICS = ["revenue", "sales", "conversions", "clicks", "recruits"] as const;
export type ContestMetric = (typeof CONTEST_METRICS)[number];

/** Revenue is money (minor units of the program's currency); every other metric is a count. */
export const isMoneyMetric = (metric: ContestMetric) => metric === "revenue";

/** A contest value as people read it: an amount in the program's currency, or a whole number. */
export function formatMetricValue(
  value: bigint,
  metric: ContestMetric,
  currency: string,
  locale: string,
): string {
  if (isMoneyMetric(metric)) return formatMoney(value, currency, locale);
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * What a manager types for a threshold, in the metric's units: "1500.50" for revenue (major
 * units of the currency, exact, never through a float) or "12" for a count. Null when the text
 * is not such a value or is negative.
 */
export function parseMetricValue(
  text: string,
  metric: ContestMetric,
  currency: string,
): bigint | null {
  const trimmed = text.trim();
  if (isMoneyMetric(metric)) {
    const value = parseDecimal(trimmed, currencyDigits(currency));
    return value === null || value < 0n ? null : value;
  }
  return /^\d{1,15}$/.test(trimmed) ? BigInt(trimmed) : null;
}

/** The reverse of parseMetricValue, for editing a stored threshold. */
export function metricValueToText(value: bigint, metric: ContestMetric, currency: string): string {
  return isMoneyMetric(metric) ? scaledToDecimal(value, currencyDigits(currency)) : String(value);
}
