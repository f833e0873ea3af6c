import { eq } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Db } from "~/server/db/client";
import { conversions, enrollments, users } from "~/server/db/schema";

/** What every manager's list of conversions shows of one: the sale and who brought it. */
const listed = {
  id: conversions.id,
  type: conversions.type,
  externalId: conversions.externalId,
  amount: conversions.amount,
  currency: conversions.currency,
  occurredAt: conversions.occurredAt,
  fraudFlags: conversions.fraudFlags,
  enrollmentId: conversions.enrollmentId,
  partnerEmail: users.email,
};

/**
 * Conversions with their partner, for the managers' lists (all conversions, the review
 * queue): the shared columns plus the list's own `more`; left joins, since a conversion
 * without attribution has no partner. Callers scope it to their program.
 */
export function selectConversionsWithPartner<T extends SelectedFields>(db: Db, more: T) {
  return db
    .select({ ...listed, ...more })
    .from(conversions)
    .leftJoin(enrollments, eq(enrollments.id, conversions.enrollmentId))
    .leftJoin(users, eq(users.id, enrollments.partnerId));
}
