import { createHash } from "node:crypto";

/** The query parameter that carries a recruiter's referral code to the application form. */
export const REFERRAL_PARAM = "ref";

/**
 * A partner's referral link for a program: the program's page in the portal, where people
 * apply (signing in first keeps the query, see src/proxy.ts), with the recruiter's code.
 * Recording the code at application time is findReferrer's job (find-referrer.ts).
 */
export function referralUrl(appBase: string, slug: string, code: string): string {
  const base = appBase.replace(/\/+$/, "");
  return `${base}/portal/programs/${encodeURIComponent(slug)}?${REFERRAL_PARAM}=${encodeURIComponent(code)}`;
}

/**
 * A stable, non-identifying name for a partner in someone's network: six hex digits of a hash
 * of the enrollment id (never shown itself), so the same recruit is recognisable from one
 * visit to the next without revealing who they are.
 */
export function recruitAlias(enrollmentId: string): string {
  return createHash("sha256")
    .update(`rally-recruit:${enrollmentId}`)
    .digest("hex")
    .slice(0, 6)
    .toUpperCase();
}
