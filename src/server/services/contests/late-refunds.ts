import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import type { Contest } from "./contest-view";

/**
 * THE LATE-REFUND RULE (contests.lateRefundRule): frozen standings are final. Refunds recorded
 * after the freeze never change ranks, values or prizes; contest_results.lateRefunds records
 * them (revenue: the amount refunded; sales and conversions: the number of refunded sales),
 * so managers can see them. Filled when the results are read by a manager rather than by a
 * job: a refund can arrive any time after the freeze, and this keeps the figure current at the
 * moment someone looks, with one statement over the program's refunds since the freeze.
 */
export async function refreshLateRefunds(db: Executor, contest: Contest): Promise<void> {
  if (!contest.frozenAt) return;
  if (contest.metric === "clicks" || contest.metric === "recruits") return;
  const late =
    contest.metric === "revenue" ? sql`sum(r.amount)` : sql`count(distinct c.id)::bigint`;
  await db.execute(sql`
    with late as (
      select c.enrollment_id, ${late} as value
      from refunds r join conversions c on c.id = r.conversion_id
      where r.program_id = ${contest.programId} and r.created_at > ${contest.frozenAt.toISOString()}::timestamptz
        and c.type = 'sale' and c.enrollment_id is not null
        and c.occurred_at >= ${contest.startsOn}::date and c.occurred_at < ${contest.endsOn}::date + 1
      group by c.enrollment_id)
    update contest_results cr set late_refunds = late.value
    from late
    where cr.contest_id = ${contest.id} and cr.enrollment_id = late.enrollment_id
      and cr.late_refunds <> late.value`);
}
