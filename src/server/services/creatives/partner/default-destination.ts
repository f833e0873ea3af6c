import { checkDestination } from "~/lib/validation/destination";

/**
 * Where a creative's link sends visitors: programs have no landing-page setting, so it is the
 * home page of the program's first allowed domain (passed through the same check as any
 * partner link, so the redirect only ever goes to an allowed host). Null if none qualifies.
 */
export function defaultDestination(allowedDomains: readonly string[]): string | null {
  for (const domain of allowedDomains) {
    const checked = checkDestination(`https://${domain}/`, allowedDomains);
    if (checked.ok) return checked.url;
  }
  return null;
}
