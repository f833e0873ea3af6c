import { and, eq, lte, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { ledgerEntries } from "~/server/db/schema";
import { insertDeliveriesFrom } from "../webhooks/enqueue";
import { commissionApprovedEvents } from "../webhooks/ledger-events";

/**
 * Approves every pending entry whose hold period has ended, in one statement, and returns how
 * many. Entries of a conversion under fraud review (flagged) or rejected wait; traffic entries
 * (no conversion) are approved on time. A reversal is judged by its own conversion and by the
 * conversion of the entry it corrects, so a commission and its reversal always move together.
 * Running it twice, or in two workers at once, approves nothing twice: the second UPDATE
 * re-checks `status = 'pending'` on rows the first one changed. The same statement enqueues a
 * commission.approved webhook per approved entry (webhooks/ledger-events.ts), so an approval
 * and its events commit together.
 *
 * `programId` limits the run to one program (tests, the admin command line).
 */
export async function approveDueEntries(
  db: Executor,
  now: Date = new Date(),
  scope: { programId?: string } = {},
): Promise<number> {
  return (await approveDue(db, now, scope)).approved;
}

/** What one run approved for one enrollment: the commission-approved email summarises it. */
export type ApprovedSummary = {
  enrollmentId: string;
  /** Sum of the approved commissions and overrides (reversals are not news), minor units. */
  amount: bigint;
  entries: number;
  /** The smallest such entry id: names this run's approval for the email's idempotency key. */
  firstEntryId: string;
};

/** approveDueEntries, also saying per enrollment what was approved (for the emails). */
export async function approveDue(
  db: Executor,
  now: Date = new Date(),
  scope: { programId?: string } = {},
): Promise<{ approved: number; summaries: ApprovedSummary[] }> {
  const due = and(
    eq(ledgerEntries.status, "pending"),
    lte(ledgerEntries.holdUntil, now),
    scope.programId ? eq(ledgerEntries.programId, scope.programId) : undefined,
    sql`not exists (
          select 1 from conversions c
          where c.review_status in ('flagged', 'rejected')
            and c.id in (
              ${ledgerEntries.conversionId},
              (select o.conversion_id from ledger_entries o where o.id = ${ledgerEntries.correctsId})
            )
        )`,
  );
  const rows = await db.execute<{
    enrollment_id: string | null;
    approved: number;
    amount: string | null;
    entries: number;
    first_entry_id: string | null;
  }>(sql`
    with approved as (
      update ledger_entries set status = 'approved' where ${due}
      returning id, program_id, enrollment_id, kind, level, amount, currency, conversion_id,
        traffic_event, traffic_day
    ), hooks as (${insertDeliveriesFrom(commissionApprovedEvents(sql`approved`))}),
    earned as (
      select enrollment_id, sum(amount)::text as amount, count(*)::int as entries,
        min(id::text) as first_entry_id
      from approved where kind in ('commission', 'override') group by enrollment_id
    )
    select e.enrollment_id, (select count(*)::int from approved) as approved, e.amount,
      e.entries, e.first_entry_id
    from (select 1) one left join earned e on true`);
  const approved = rows[0]?.approved ?? 0;
  const summaries = rows.flatMap((row) =>
    row.enrollment_id && row.amount && row.first_entry_id
      ? [
          {
            enrollmentId: row.enrollment_id,
            amount: BigInt(row.amount),
            entries: row.entries,
            firstEntryId: row.first_entry_id,
          },
        ]
      : [],
  );
  return { approved, summaries };
}
