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
  const [result] = await db.execute<{ approved: number }>(sql`
    with approved as (
      update ledger_entries set status = 'approved' where ${due}
      returning id, program_id, enrollment_id, kind, level, amount, currency, conversion_id,
        traffic_event, traffic_day
    ), hooks as (${insertDeliveriesFrom(commissionApprovedEvents(sql`approved`))})
    select count(*)::int as approved from approved`);
  return result?.approved ?? 0;
}
