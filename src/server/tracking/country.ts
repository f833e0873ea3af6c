import type { IncomingHttpHeaders } from "node:http";

const COUNTRY = /^[A-Za-z]{2}$/;

/**
 * The visitor's country (ISO 3166-1 alpha-2, upper case) from the one header the deployment
 * trusts — set by its CDN or load balancer, e.g. "cf-ipcountry" — or null. Without a configured
 * header nothing is read: a visitor could send any header. "XX" (unknown) counts as unknown.
 */
export function countryFrom(
  headers: IncomingHttpHeaders,
  trustedHeader: string | undefined,
): string | null {
  if (!trustedHeader) return null;
  const value = headers[trustedHeader];
  if (typeof value !== "string" || !COUNTRY.test(value)) return null;
  const country = value.toUpperCase();
  return country === "XX" ? null : country;
}
