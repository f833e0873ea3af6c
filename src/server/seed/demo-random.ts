/**
 * Pure helpers for the demo data, all driven by a seeded generator (seededRandom) so the demo
 * world has the same shape on every machine.
 */

export type Random = () => number;

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One item of the list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError("pick: empty list");
  return item;
}

/** The index of a weight, chosen in proportion to it. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let left = random() * total;
  for (let index = 0; index < weights.length; index++) {
    left -= weights[index] ?? 0;
    if (left < 0) return index;
  }
  return weights.length - 1;
}

/** A standard normal deviate (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Multiplicative noise around 1: real traffic is lumpy, never smooth. */
export function logNormal(random: Random, sigma: number): number {
  return Math.exp(sigma * normal(random) - (sigma * sigma) / 2);
}

/** A Poisson-distributed count: exact for small means, normal approximation above 30. */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count++;
    product *= random();
  }
  return count;
}

/** A Fisher–Yates shuffled copy. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A base62 code (the alphabet of link codes). */
export function base62(random: Random, length: number): string {
  let code = "";
  for (let i = 0; i < length; i++) code += BASE62[Math.floor(random() * 62)];
  return code;
}

// BBAN lengths of a few countries partners are paid in (the IBAN length minus 4).
const BBAN_LENGTHS = { PL: 24, DE: 18, FR: 23, ES: 20, NL: 14, GB: 18, LT: 16 } as const;
export type IbanCountry = keyof typeof BBAN_LENGTHS;
export const IBAN_COUNTRIES = Object.keys(BBAN_LENGTHS) as IbanCountry[];

/**
 * A well-formed IBAN with correct check digits (ISO 13616 mod 97) and a numeric BBAN. It
 * passes the checksum the payout form enforces, but no bank issued it.
 */
export function demoIban(random: Random, country: IbanCountry): string {
  let bban = "";
  for (let i = 0; i < BBAN_LENGTHS[country]; i++) bban += String(Math.floor(random() * 10));
  const check = 98 - mod97(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, "0")}${bban}`;
}

function mod97(value: string): number {
  let rest = 0;
  for (const char of value) {
    const code = char.charCodeAt(0);
    const n = code >= 65 ? code - 55 : code - 48;
    rest = (n >= 10 ? rest * 100 + n : rest * 10 + n) % 97;
  }
  return rest;
}
