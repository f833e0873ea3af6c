import { and, asc, eq, isNull } from "drizzle-orm";
import { promoCodes } from "~/server/db/schema";
import type { PartnerContext } from "../context";

/** The promo codes a manager gave the caller in one program: the ones in use, oldest first. */
export async function listOwnPromoCodes(ctx: PartnerContext) {
  const { enrollment } = ctx;
  return ctx.db
    .select({ id: promoCodes.id, code: promoCodes.code, createdAt: promoCodes.createdAt })
    .from(promoCodes)
    .where(and(eq(promoCodes.enrollmentId, enrollment.id), isNull(promoCodes.disabledAt)))
    .orderBy(asc(promoCodes.createdAt), asc(promoCodes.id));
}
