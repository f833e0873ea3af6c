import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments } from "~/server/db/schema";

/**
 * The enrollment a referral code names, for recording who recruited an applicant
 * (enrollments.referred_by_id): only an approved partner of the same program, and never the
 * applicant themself. Null for anything else, so a bad or foreign code just records nobody.
 */
export async function findReferrer(
  db: Executor,
  input: { programId: string; code: string; applicantId: string },
): Promise<string | null> {
  const code = input.code.trim();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(code)) return null;
  const [row] = await db
    .select({ id: enrollments.id, partnerId: enrollments.partnerId })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.referralCode, code),
        eq(enrollments.programId, input.programId),
        eq(enrollments.status, "approved"),
      ),
    )
    .limit(1);
  return row && row.partnerId !== input.applicantId ? row.id : null;
}
