/**
 * IBAN checks for payout details (ISO 13616): shape, length per country, and the mod-97 check
 * digits. Pure, so the payout form can validate as the partner types and the server can
 * re-check before storing.
 */

/** IBAN lengths by country: the SEPA countries and a few common others (SWIFT IBAN registry). */
// prettier-ignore
const LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AT: 20, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19,
  MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24,
  SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VA: 22, XK: 20,
};

const SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/;

/** The stored form: no whitespace, upper-case ("pl61 1090 ..." → "PL611090..."). */
export function normalizeIban(input: string): string {
  return input.replace(/\s+/g, "").toUpperCase();
}

/** True when the input (spaces and case ignored) is a well-formed IBAN with valid check digits. */
export function isValidIban(input: string): boolean {
  const iban = normalizeIban(input);
  if (!SHAPE.test(iban)) return false;
  const expected = LENGTHS[iban.slice(0, 2)];
  // Countries missing from the table get the general IBAN bounds rather than a rejection.
  if (expected !== undefined ? iban.length !== expected : iban.length < 15 || iban.length > 34) {
    return false;
  }
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** "PL61 **** **** 2874": enough for a partner to recognise the account, not to reuse it. */
export function maskIban(iban: string): string {
  const normalized = normalizeIban(iban);
  if (normalized.length < 8) return "****";
  return `${normalized.slice(0, 4)} **** **** ${normalized.slice(-4)}`;
}

// Letters count as two digits (A = 10 … Z = 35); folding digit by digit keeps the running value
// small, so no big-number arithmetic is needed.
function mod97(value: string): number {
  let rest = 0;
  for (const char of value) {
    const code = char.charCodeAt(0);
    const n = code >= 65 ? code - 55 : code - 48;
    rest = (n >= 10 ? rest * 100 + n : rest * 10 + n) % 97;
  }
  return rest;
}
