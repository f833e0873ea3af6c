import { csvDecimal } from "~/lib/csv";
import { minorToDecimal } from "~/lib/money";

/**
 * Cell formats shared by every export: amounts as plain decimals in currency units (what a
 * spreadsheet sums; the currency has its own column), typed as numbers so a negative amount
 * is not mistaken for a formula; instants in ISO 8601 UTC.
 */
export const money = (minor: bigint | null, currency: string) =>
  minor === null ? null : csvDecimal(minorToDecimal(minor, currency));

export const instant = (at: Date | null) => (at === null ? null : at.toISOString());

/** A ratio as a decimal fraction with four places, "" when undefined. */
export const ratio = (value: number | null) => (value === null ? null : value.toFixed(4));
