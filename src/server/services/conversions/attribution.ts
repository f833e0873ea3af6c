import type { enrollments } from "~/server/db/schema";

/*
 * What loadConversionFacts reads about a conversion's partner. The rules (in its one SQL
 * statement): an enabled promo code of the program wins; otherwise the reported click, if it
 * belongs to the program and happened within the cookie window before the conversion;
 * otherwise nobody (the conversion still counts in the program's totals).
 */

type AttributedEnrollment = Pick<
  typeof enrollments.$inferSelect,
  "id" | "status" | "tierKey" | "referredById"
>;

export type Attribution = {
  source: "promo_code" | "click" | "none";
  enrollment: AttributedEnrollment | null;
  partnerEmail: string | null;
  promoCodeId: string | null;
  /** The attributed click; its sub-id is the effective one (its own, else its link's). */
  click: { id: string; occurredAt: Date; ipHash: string; subId: string | null } | null;
  linkId: string | null;
  /**
   * Whether the partner earns a commission: not through a disabled link or a click that was
   * not billable, and only while the enrollment is approved. The conversion is recorded anyway.
   */
  billable: boolean;
};

/** A recruiter above the partner, level 1 first; a referral cycle ends the walk. */
export type UplineMember = { enrollmentId: string; approved: boolean; email: string };
