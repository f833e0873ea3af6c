/**
 * CSV for spreadsheet exports (payout batches). RFC 4180 output, plus protection against
 * formula injection: partners choose their names and account holders, and a cell like
 * `=HYPERLINK(...)` must open as text in Excel or LibreOffice, not run as a formula.
 */
export type CsvCell = string | number | bigint | null | CsvDecimal;

/**
 * An exact decimal written as a number (amounts: "-12.50" for a clawback). Typed apart from
 * text because formula protection must not touch it: a quote in front of a negative amount
 * turns it into text a spreadsheet no longer sums. Only digits, one point and a leading
 * minus get in, so a text cell cannot pass itself off as a number.
 */
export type CsvDecimal = { readonly kind: "decimal"; readonly text: string };

const DECIMAL = /^-?\d+(\.\d+)?$/;

export function csvDecimal(text: string): CsvDecimal {
  if (!DECIMAL.test(text)) throw new Error(`not a plain decimal: ${JSON.stringify(text)}`);
  return { kind: "decimal", text };
}

// Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(",") + "\r\n").join("");
}

function cell(value: CsvCell): string {
  if (value === null) return "";
  // Numbers are our own figures, never user text: a negative amount must stay a number.
  if (typeof value === "object") return value.text;
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
