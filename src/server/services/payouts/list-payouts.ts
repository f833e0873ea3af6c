import { and, count, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { enrollments, payoutDetails, payouts, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { accountLabel } from "./account-label";
import { detailsChangeNotice } from "./details-change-notice";
import { listedPayoutColumns } from "./listed-payout-columns";

export type PayoutStatus = "requested" | "paid" | "cancelled";
export type PayoutsQuery = { status?: PayoutStatus; page: number; pageSize: number };

/**
 * The program's payouts for its managers, newest request first, account numbers masked; and
 * what the next batch would hold (requested payouts in no batch yet). Each payout says when
 * its partner's payout details last changed, flagged within the cooling period.
 */
export async function listProgramPayouts(ctx: ProgramContext, query: PayoutsQuery) {
  const where = and(
    eq(payouts.programId, ctx.program.id),
    query.status ? eq(payouts.status, query.status) : undefined,
  ) as SQL;
  const [rows, [total], [unbatched]] = await Promise.all([
    ctx.db
      .select({
        ...listedPayoutColumns,
        partnerEmail: users.email,
        partnerName: users.name,
        detailsChangedAt: payoutDetails.changedAt,
      })
      .from(payouts)
      .innerJoin(enrollments, eq(enrollments.id, payouts.enrollmentId))
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .leftJoin(payoutDetails, eq(payoutDetails.userId, users.id))
      .where(where)
      .orderBy(desc(payouts.requestedAt), desc(payouts.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ value: count() }).from(payouts).where(where),
    // What the next batch would hold, whatever the filter shows.
    ctx.db
      .select({
        count: count(),
        total: sql<string>`coalesce(sum(${payouts.amount}), 0)::text`,
      })
      .from(payouts)
      .where(
        and(
          eq(payouts.programId, ctx.program.id),
          eq(payouts.status, "requested"),
          isNull(payouts.batchId),
        ),
      ),
  ]);
  const totalCount = total?.value ?? 0;
  const now = new Date();
  return {
    items: rows.map(({ details, detailsChangedAt, ...row }) => ({
      ...row,
      account: accountLabel(row.method, details),
      accountHolder: details.accountHolder ?? "",
      detailsChange: detailsChangeNotice(detailsChangedAt, ctx.program.payoutCoolingDays, now),
    })),
    total: totalCount,
    pages: Math.max(1, Math.ceil(totalCount / query.pageSize)),
    unbatched: {
      count: unbatched?.count ?? 0,
      total: BigInt(unbatched?.total ?? "0"),
      currency: ctx.program.currency,
    },
  };
}
