import { sql, type SQL } from "drizzle-orm";
import type { payouts } from "~/server/db/schema";
import type { WebhookEvent } from "./events";
import { jsonbObject, type CommissionApprovedData, type PayloadColumns } from "./payloads";

const commissionColumns = {
  id: sql`a.id`,
  kind: sql`a.kind`,
  level: sql`a.level`,
  amount: sql`a.amount`,
  currency: sql`a.currency`,
  partner: sql`a.enrollment_id`,
  conversion_id: sql`a.conversion_id`,
  external_id: sql`c.external_id`,
  traffic_event: sql`a.traffic_event`,
  traffic_day: sql`a.traffic_day`,
} satisfies PayloadColumns<CommissionApprovedData["commission"]>;

/**
 * commission.approved, one event per ledger entry that became approved (not per conversion):
 * CPC/CPV entries have no conversion, a conversion's overrides belong to other partners, and a
 * receiver reconciling what it owes sums entries. Reversals and clawbacks are entries too and
 * come with their negative amount and their kind, so the events always add up to the
 * approved balance.
 *
 * `approved` names a relation of approved ledger_entries rows (the RETURNING of the update
 * that approves them), so the events are written by the same statement as the approval.
 */
export function commissionApprovedEvents(approved: SQL): SQL {
  return sql`
    select a.program_id, 'commission.approved'::text as type,
      'commission.approved:' || a.id as event_id,
      jsonb_build_object('commission', ${jsonbObject(commissionColumns)}) as data
    from ${approved} a
    left join conversions c on c.id = a.conversion_id`;
}

type PaidPayout = Pick<
  typeof payouts.$inferSelect,
  "id" | "programId" | "enrollmentId" | "amount" | "currency" | "method" | "requestedAt"
> & { reference: string; paidAt: Date };

/** payout.paid, when a manager records a payout as paid (never the bank details). */
export function payoutPaidEvent(
  payout: PaidPayout,
): Extract<WebhookEvent, { type: "payout.paid" }> {
  return {
    programId: payout.programId,
    type: "payout.paid",
    subjectId: payout.id,
    data: {
      payout: {
        id: payout.id,
        partner: payout.enrollmentId,
        // A sum of commissions: far below Number.MAX_SAFE_INTEGER (9e15 minor units).
        amount: Number(payout.amount),
        currency: payout.currency,
        method: payout.method,
        reference: payout.reference,
        requested_at: payout.requestedAt.toISOString(),
        paid_at: payout.paidAt.toISOString(),
      },
    },
  };
}
