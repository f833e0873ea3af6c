import { sql } from "drizzle-orm";
import type { PartnerContext } from "../../context";
import { recentStatus, type RecentStatus } from "./recent-status";
import { dashboardScope } from "./scope";

export const RECENT_LIMIT = 20;

export type RecentConversion = {
  id: string;
  type: "sale" | "lead" | "install" | "action";
  /** Minor units of `currency`; null when the merchant sent none (leads, installs…). */
  amount: bigint | null;
  currency: string;
  occurredAt: Date;
  /** The partner's own commission net of reversals, in the program's currency. */
  commission: bigint;
  refunded: bigint;
  status: RecentStatus;
};

type Row = {
  id: string;
  type: RecentConversion["type"];
  amount: string | null;
  currency: string;
  occurred_at: Date | string;
  review_status: "none" | "flagged" | "cleared" | "rejected";
  commission_status: "pending" | "approved" | "paid" | null;
  net: string;
  refunded: string;
};

/**
 * The partner's latest conversions (the one list of the dashboard that reads events: at most 20
 * rows down the enrollment's time index, each with its own ledger entries and refunds by index).
 */
export async function dashboardRecent(ctx: PartnerContext): Promise<RecentConversion[]> {
  const programId = ctx.program.id;
  const scope = dashboardScope(ctx);
  const rows = await ctx.db.execute<Row>(sql`
    select c.id, c.type, c.amount::text as amount, c.currency, c.occurred_at, c.review_status,
      x.commission_status, x.net::text as net,
      (select coalesce(sum(r.amount), 0) from refunds r where r.conversion_id = c.id)::text
        as refunded
    from conversions c
    cross join lateral (
      select coalesce(sum(l.amount), 0) as net,
        (array_agg(l.status::text) filter (where l.kind = 'commission'))[1] as commission_status
      from ledger_entries l
      where l.conversion_id = c.id and l.enrollment_id = c.enrollment_id and l.level = 0
    ) x
    where c.enrollment_id = ${scope.enrollmentId}::uuid and c.program_id = ${programId}::uuid
    order by c.occurred_at desc, c.id desc
    limit ${RECENT_LIMIT}`);
  return [...rows].map((row) => ({
    id: row.id,
    type: row.type,
    amount: row.amount === null ? null : BigInt(row.amount),
    currency: row.currency,
    occurredAt: new Date(row.occurred_at),
    commission: BigInt(row.net),
    refunded: BigInt(row.refunded),
    status: recentStatus({
      reviewStatus: row.review_status,
      commissionStatus: row.commission_status,
      net: BigInt(row.net),
    }),
  }));
}
