import { sql } from "drizzle-orm";
import { enrollments, programs } from "~/server/db/schema";

/** The columns of a program in lists, with partner counts; select from programs left-joined to enrollments. */
export const programSummaryColumns = {
  id: programs.id,
  slug: programs.slug,
  name: programs.name,
  currency: programs.currency,
  approvalMode: programs.approvalMode,
  termsVersion: programs.currentTermsVersion,
  approved: sql<number>`count(${enrollments.id}) filter (where ${enrollments.status} = 'approved')::int`,
  pending: sql<number>`count(${enrollments.id}) filter (where ${enrollments.status} = 'applied')::int`,
};
