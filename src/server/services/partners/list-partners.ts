import { and, asc, eq, gt } from "drizzle-orm";
import { enrollments, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";

/**
 * The program's approved partners by email, for the command line and integrations: the
 * referral code is what a merchant needs to build a partner's referral link. Keyset-paginated
 * by email (unique per person): `after` is the last email seen.
 */
export async function listPartners(ctx: ProgramContext, input: { after?: string; limit: number }) {
  const rows = await ctx.db
    .select({
      enrollmentId: enrollments.id,
      email: users.email,
      name: users.name,
      status: enrollments.status,
      referralCode: enrollments.referralCode,
      tierKey: enrollments.tierKey,
      approvedAt: enrollments.decidedAt,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(
      and(
        eq(enrollments.programId, ctx.program.id),
        eq(enrollments.status, "approved"),
        input.after ? gt(users.email, input.after) : undefined,
      ),
    )
    .orderBy(asc(users.email))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? last.email : null };
}
