import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { conversions, ledgerEntries, programs } from "~/server/db/schema";
import { db } from "./db";
import { DAY_MS } from "~/lib/dates";

type EntryValues = typeof ledgerEntries.$inferInsert;

export const VALID_IBAN = "PL61 1090 1014 0000 0712 1981 2874";
export const VALID_IBAN_NORMALIZED = "PL61109010140000071219812874";

/**
 * A ledger entry written straight into the table, as the conversion engine would: by default
 * a pending commission of 10.00 EUR whose hold ended yesterday.
 */
export async function insertEntry(
  values: Pick<EntryValues, "programId" | "enrollmentId"> & Partial<EntryValues>,
) {
  const [entry] = await db
    .insert(ledgerEntries)
    .values({
      kind: "commission",
      amount: 1000n,
      currency: "EUR",
      status: "pending",
      holdUntil: new Date(Date.now() - DAY_MS),
      ...values,
    })
    .returning();
  return entry!;
}

/** An approved commission: inserted pending, then approved the only way the trigger allows. */
export async function insertApproved(
  values: Pick<EntryValues, "programId" | "enrollmentId"> & Partial<EntryValues>,
) {
  const entry = await insertEntry(values);
  const [approved] = await db
    .update(ledgerEntries)
    .set({ status: "approved" })
    .where(eq(ledgerEntries.id, entry.id))
    .returning();
  return approved!;
}

/** A sale attributed to `enrollmentId`, with the given fraud review status. */
export async function insertConversion(
  programId: string,
  enrollmentId: string,
  reviewStatus: "none" | "flagged" | "cleared" | "rejected" = "none",
) {
  const [conversion] = await db
    .insert(conversions)
    .values({
      programId,
      type: "sale",
      externalId: `order-${randomUUID()}`,
      amount: 10_000n,
      currency: "EUR",
      enrollmentId,
      attribution: "promo_code",
      occurredAt: new Date(),
      requestHash: randomUUID(),
      reviewStatus,
      fraudFlags: reviewStatus === "none" ? [] : ["self_referral"],
    })
    .returning();
  return conversion!;
}

export async function setPayoutThreshold(programId: string, threshold: bigint) {
  await db.update(programs).set({ payoutThreshold: threshold }).where(eq(programs.id, programId));
}
