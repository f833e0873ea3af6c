/**
 * Payouts in the demo: a few dozen partners keep payout details, a month ago the manager paid
 * a batch of requests, and today some partners have requests waiting. Everything goes through
 * the payout services; only the timestamps of the past run are moved back to when it happened.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { conversions, ledgerEntries, payoutBatches, payouts } from "~/server/db/schema";
import { refundInputSchema } from "~/server/services/conversions/conversion-input";
import { recordRefund } from "~/server/services/conversions/record-refund";
import { balanceOf } from "~/server/services/ledger/balances";
import { createPayoutBatch } from "~/server/services/payouts/create-batch";
import { markPayoutPaid } from "~/server/services/payouts/mark-paid";
import { partnerContext } from "~/server/services/enrollments/resolve-enrollment";
import { requestPayout } from "~/server/services/payouts/request-payout";
import { savePayoutDetails } from "~/server/services/payouts/save-details";
import type { Program } from "~/server/services/program";
import type { DemoPartner } from "./demo-partners";
import { demoIban, IBAN_COUNTRIES, pick, shuffled, type Random } from "./demo-random";
import { HOUR_MS } from "~/lib/dates";

/** The demo partner, the thirty busiest and some others get an IBAN or a PayPal address. */
export async function seedPayoutDetails(
  db: Db,
  partners: readonly DemoPartner[],
  random: Random,
): Promise<DemoPartner[]> {
  const chosen = [
    ...partners.filter((p) => p.isDemo || p.rank <= 30),
    ...shuffled(
      random,
      partners.filter((p) => p.rank > 30),
    ).slice(0, 10),
  ];
  for (const partner of chosen) {
    const ctx = { db, userId: partner.userId };
    if (partner.isDemo || random() < 0.6) {
      const country = partner.isDemo ? "PL" : pick(random, IBAN_COUNTRIES);
      await savePayoutDetails(ctx, {
        method: "iban",
        accountHolder: partner.name,
        iban: demoIban(random, country),
      });
    } else {
      const local = partner.email.split("@")[0] ?? "partner";
      await savePayoutDetails(ctx, { method: "paypal", paypalEmail: `${local}@paypal.example` });
    }
  }
  return chosen;
}

/**
 * Partners with details and enough approved money ask to be paid (each with probability
 * `share`; the demo partner only when `demo` says so). With `pay`, the manager batches the
 * requests and marks them paid, and the run is dated `at`. Returns the payouts requested.
 */
export async function payoutRound(
  db: Db,
  input: {
    program: Program;
    managerId: string;
    partners: readonly DemoPartner[];
    random: Random;
    at: Date;
    share: number;
    demo: boolean;
    pay: boolean;
  },
): Promise<string[]> {
  const { program, random } = input;
  const requested: string[] = [];
  for (const partner of input.partners) {
    const wants = partner.isDemo ? input.demo : random() < input.share;
    if (!wants) continue;
    const balance = await balanceOf(db, { id: partner.enrollmentId, currency: program.currency });
    if (balance.available < program.payoutThreshold) continue;
    const payout = await requestPayout(await partnerContext(db, partner.userId, program.id));
    requested.push(payout.id);
  }
  if (!input.pay || requested.length === 0) return requested;

  const ctx = { db, userId: input.managerId, program };
  const batch = await createPayoutBatch(ctx);
  const stamp = input.at.toISOString().slice(0, 10).replaceAll("-", "");
  for (const [index, payoutId] of requested.entries()) {
    await markPayoutPaid(ctx, {
      payoutId,
      reference: `NW-${stamp}-${String(index + 1).padStart(3, "0")}`,
    });
  }
  // The run happened on the history's day, not today: requests in the morning, paid by evening.
  const day = input.at.getTime();
  for (const payoutId of requested) {
    await db
      .update(payouts)
      .set({
        requestedAt: new Date(day - (14 - 6 * random()) * HOUR_MS),
        paidAt: new Date(day - 4 * HOUR_MS),
      })
      .where(eq(payouts.id, payoutId));
  }
  await db
    .update(payoutBatches)
    .set({ createdAt: new Date(day - 6 * HOUR_MS) })
    .where(eq(payoutBatches.id, batch.batchId));
  return requested;
}

/**
 * Customers who charge back sales whose commissions were just paid out: the refunds write
 * clawbacks, deducted from those partners' next payouts. `skip` holds sales that get a
 * refund later in the plan (a second full refund would exceed the sale).
 */
export async function chargeBackPaidSales(
  db: Db,
  program: Program,
  input: { at: Date; count: number; skip: ReadonlySet<string> },
): Promise<void> {
  const paid = await db
    .selectDistinct({
      id: conversions.id,
      externalId: conversions.externalId,
      amount: conversions.amount,
    })
    .from(conversions)
    .innerJoin(ledgerEntries, eq(ledgerEntries.conversionId, conversions.id))
    .where(
      and(
        eq(conversions.programId, program.id),
        eq(conversions.type, "sale"),
        eq(ledgerEntries.status, "paid"),
      ),
    )
    .orderBy(conversions.externalId);
  const chosen = paid.filter((sale) => !input.skip.has(sale.externalId)).slice(0, input.count);
  for (const [index, sale] of chosen.entries()) {
    const refund = refundInputSchema.parse({
      refund_id: `CB-${sale.externalId}`,
      amount: Number(sale.amount ?? 0n),
    });
    const at = new Date(input.at.getTime() + (index + 1) * HOUR_MS);
    await recordRefund({ db, program }, sale.id, refund, at);
  }
}
