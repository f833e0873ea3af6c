import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { conversions, ledgerEntries } from "~/server/db/schema";

/**
 * What a partner has in one program, in minor units of the program's currency:
 * - pending: waiting for the hold period (or a fraud review) to end;
 * - held: the part of `pending` whose conversion is flagged for review (never approved until a
 *   manager clears it);
 * - available: approved and in no payout yet — what a payout request takes;
 * - inPayout: approved and part of a requested payout (a cancelled payout releases its entries);
 * - paid: paid out.
 * Negative rows (reversals, clawbacks) count in the bucket of their own status.
 */
export type Balance = {
  pending: bigint;
  held: bigint;
  available: bigint;
  inPayout: bigint;
  paid: bigint;
};

export const zeroBalance = (): Balance => ({
  pending: 0n,
  held: 0n,
  available: 0n,
  inPayout: 0n,
  paid: 0n,
});

const total = (filter: SQL) =>
  sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${filter}), 0)::text`;

/**
 * Balances of several enrollments in one query, derived from the entries (never stored), each
 * counting only entries in `currency` so amounts of different currencies are never added.
 */
export async function balancesFor(
  db: Executor,
  enrollments: readonly { id: string; currency: string }[],
): Promise<Map<string, Balance>> {
  const result = new Map<string, Balance>(enrollments.map((e) => [e.id, zeroBalance()]));
  if (enrollments.length === 0) return result;
  const rows = await db
    .select({
      enrollmentId: ledgerEntries.enrollmentId,
      currency: ledgerEntries.currency,
      pending: total(sql`${ledgerEntries.status} = 'pending'`),
      held: total(
        sql`${ledgerEntries.status} = 'pending' and ${conversions.reviewStatus} = 'flagged'`,
      ),
      available: total(
        sql`${ledgerEntries.status} = 'approved' and ${ledgerEntries.payoutId} is null`,
      ),
      inPayout: total(
        sql`${ledgerEntries.status} = 'approved' and ${ledgerEntries.payoutId} is not null`,
      ),
      paid: total(sql`${ledgerEntries.status} = 'paid'`),
    })
    .from(ledgerEntries)
    .leftJoin(conversions, eq(conversions.id, ledgerEntries.conversionId))
    .where(
      inArray(
        ledgerEntries.enrollmentId,
        enrollments.map((e) => e.id),
      ),
    )
    .groupBy(ledgerEntries.enrollmentId, ledgerEntries.currency);
  const currencyOf = new Map(enrollments.map((e) => [e.id, e.currency]));
  for (const row of rows) {
    if (currencyOf.get(row.enrollmentId) !== row.currency) continue;
    result.set(row.enrollmentId, {
      pending: BigInt(row.pending),
      held: BigInt(row.held),
      available: BigInt(row.available),
      inPayout: BigInt(row.inPayout),
      paid: BigInt(row.paid),
    });
  }
  return result;
}

/** The balance of one enrollment in its program's currency. */
export async function balanceOf(
  db: Executor,
  enrollment: { id: string; currency: string },
): Promise<Balance> {
  return (await balancesFor(db, [enrollment])).get(enrollment.id) ?? zeroBalance();
}

// Exported for callers that filter the same way (payout requests claim exactly "available").
export const availableEntries = (enrollmentId: string, currency: string) =>
  and(
    eq(ledgerEntries.enrollmentId, enrollmentId),
    eq(ledgerEntries.currency, currency),
    eq(ledgerEntries.status, "approved"),
    isNull(ledgerEntries.payoutId),
  );
