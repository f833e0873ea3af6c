import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { conversions, enrollments, promoCodes, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";

/**
 * The program's promo codes with their partner and how many conversions each brought, newest
 * first. Keyset-paginated: `after` is the id of the last code seen.
 */
export async function listPromoCodes(
  ctx: ProgramContext,
  input: { after?: string; limit: number },
) {
  const rows = await ctx.db
    .select({
      id: promoCodes.id,
      code: promoCodes.code,
      createdAt: promoCodes.createdAt,
      disabledAt: promoCodes.disabledAt,
      enrollmentId: enrollments.id,
      partnerStatus: enrollments.status,
      email: users.email,
      name: users.name,
    })
    .from(promoCodes)
    .innerJoin(enrollments, eq(enrollments.id, promoCodes.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(
      and(
        eq(promoCodes.programId, ctx.program.id),
        input.after
          ? sql`(${promoCodes.createdAt}, ${promoCodes.id}) < (select p.created_at, p.id from promo_codes p where p.id = ${input.after} and p.program_id = ${ctx.program.id})`
          : undefined,
      ),
    )
    .orderBy(desc(promoCodes.createdAt), desc(promoCodes.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const uses = page.length
    ? await ctx.db
        .select({ promoCodeId: conversions.promoCodeId, value: count() })
        .from(conversions)
        .where(
          inArray(
            conversions.promoCodeId,
            page.map((row) => row.id),
          ),
        )
        .groupBy(conversions.promoCodeId)
    : [];
  const useCounts = new Map(uses.map((row) => [row.promoCodeId, row.value]));
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...row, conversions: useCounts.get(row.id) ?? 0 })),
    nextCursor: rows.length > input.limit && last ? last.id : null,
  };
}
