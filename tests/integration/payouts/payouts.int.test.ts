/**
 * Balances and payouts end to end through the tRPC procedures: details, thresholds, one open
 * request per partner under concurrency, clawbacks, batches, the CSV, mark paid and its email.
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emails, ledgerEntries, ledgerEvents, payouts, users } from "~/server/db/schema/index";
import { approveDueEntries } from "~/server/services/ledger/approve-due";
import { db } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import {
  insertApproved,
  insertEntry,
  setPayoutThreshold,
  VALID_IBAN,
  VALID_IBAN_NORMALIZED,
} from "../../support/ledger";

async function setup(threshold = 5_000n) {
  const { program, manager } = await makeProgram();
  await setPayoutThreshold(program.id, threshold);
  const partner = await makePartner(program.id);
  const base = { programId: program.id, enrollmentId: partner.enrollment.id };
  return {
    program,
    base,
    partner,
    asPartner: callerFor(partner.user.id),
    asManager: callerFor(manager.id),
  };
}

const withIban = (caller: ReturnType<typeof callerFor>) =>
  caller.partner.payouts.saveDetails({
    method: "iban",
    accountHolder: "Anna Nowak",
    iban: VALID_IBAN,
  });

async function balanceIn(caller: ReturnType<typeof callerFor>, programId: string) {
  const all = await caller.partner.earnings.balances();
  return all.find((item) => item.program.programId === programId);
}

describe("payout details", () => {
  it("stores a valid IBAN normalised and shows it masked", async () => {
    const { asPartner, partner } = await setup();
    await withIban(asPartner);
    await expect(asPartner.partner.payouts.details()).resolves.toMatchObject({
      method: "iban",
      accountHolder: "Anna Nowak",
      iban: "PL61 **** **** 2874",
    });
    const raw = await db.query.payoutDetails.findFirst({
      where: (t, { eq }) => eq(t.userId, partner.user.id),
    });
    expect(raw?.iban).toBe(VALID_IBAN_NORMALIZED);
  });

  it("refuses a wrong checksum and a bad PayPal address with translated field errors", async () => {
    const { partner } = await setup();
    const error = await clientError(
      callerFor(partner.user.id, "pl").partner.payouts.saveDetails({
        method: "iban",
        accountHolder: "Anna Nowak",
        iban: "PL61 1090 1014 0000 0712 1981 2875",
      }),
      "pl",
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors?.iban).toMatch(/IBAN/);
    const paypal = await clientError(
      callerFor(partner.user.id).partner.payouts.saveDetails({
        method: "paypal",
        paypalEmail: "not-an-email",
      }),
    );
    expect(paypal.fieldErrors?.paypalEmail).toMatch(/PayPal/);
    await expect(callerFor(partner.user.id).partner.payouts.details()).resolves.toBeNull();
  });
});

describe("balances", () => {
  it("sums entries by status: pending, available, in payout, paid", async () => {
    const { program, base, asPartner, asManager } = await setup(1_000n);
    await insertEntry({ ...base, amount: 700n, holdUntil: new Date(Date.now() + 86_400_000) });
    await insertApproved({ ...base, amount: 3_000n });
    await insertApproved({ ...base, amount: 2_500n });
    await expect(balanceIn(asPartner, program.id)).resolves.toMatchObject({
      balance: { pending: 700n, available: 5_500n, inPayout: 0n, paid: 0n },
      eligibility: "noDetails",
    });

    await withIban(asPartner);
    const payout = await asPartner.partner.payouts.request({ programId: program.id });
    expect(payout.amount).toBe(5_500n);
    await insertApproved({ ...base, amount: 400n });
    await expect(balanceIn(asPartner, program.id)).resolves.toMatchObject({
      balance: { pending: 700n, available: 400n, inPayout: 5_500n, paid: 0n },
      eligibility: "openRequest",
    });

    await asManager.manage.payouts.markPaid({
      programId: program.id,
      payoutId: payout.id,
      reference: "SEPA-1",
    });
    await expect(balanceIn(asPartner, program.id)).resolves.toMatchObject({
      balance: { pending: 700n, available: 400n, inPayout: 0n, paid: 5_500n },
      eligibility: "belowThreshold",
    });
  });
});

describe("requesting a payout", () => {
  it("refuses below the threshold and without details, writing nothing", async () => {
    const { program, base, asPartner } = await setup(5_000n);
    await insertApproved({ ...base, amount: 4_999n });
    const noDetails = await clientError(
      asPartner.partner.payouts.request({ programId: program.id }),
    );
    // The threshold is checked first: details do not help a balance that is too small.
    expect(noDetails).toMatchObject({ code: "CONFLICT" });
    expect(noDetails.message).toContain("50.00");

    await withIban(asPartner);
    const below = await clientError(asPartner.partner.payouts.request({ programId: program.id }));
    expect(below.code).toBe("CONFLICT");
    expect(below.message).toBe(
      "Your available balance of 49.99 EUR is below the minimum payout of 50.00 EUR.",
    );

    await insertApproved({ ...base, amount: 1n });
    const other = await setup(0n);
    await insertApproved({ ...other.base, amount: 10n });
    const missing = await clientError(
      other.asPartner.partner.payouts.request({ programId: other.program.id }),
    );
    expect(missing).toMatchObject({ code: "CONFLICT" });
    expect(missing.message).toMatch(/payout details/);

    const rows = await db
      .select()
      .from(payouts)
      .where(inArray(payouts.programId, [program.id, other.program.id]));
    expect(rows).toHaveLength(0);
    const claimed = await db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.programId, other.program.id)));
    expect(claimed.every((entry) => entry.payoutId === null)).toBe(true);

    // Exactly at the threshold it works.
    await expect(
      asPartner.partner.payouts.request({ programId: program.id }),
    ).resolves.toMatchObject({ amount: 5_000n });
  });

  it("turns a burst of identical requests into one payout", async () => {
    const { program, base, asPartner } = await setup(1_000n);
    await withIban(asPartner);
    for (let i = 0; i < 10; i++) await insertApproved({ ...base, amount: 1_000n });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => asPartner.partner.payouts.request({ programId: program.id })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((r) => r.status === "rejected")) {
      expect(result.reason).toMatchObject({ code: "CONFLICT" });
    }
    const rows = await db.select().from(payouts).where(eq(payouts.programId, program.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ amount: 10_000n, status: "requested", method: "iban" });
    expect(rows[0]?.details).toEqual({
      accountHolder: "Anna Nowak",
      iban: VALID_IBAN_NORMALIZED,
    });
  });

  it("never counts an entry approved during the request without claiming it", async () => {
    const { program, base, asPartner, asManager } = await setup(1n);
    await withIban(asPartner);
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        Array.from({ length: 20 }, () => insertEntry({ ...base, amount: 100n + BigInt(round) })),
      );
      const [request] = await Promise.all([
        asPartner.partner.payouts.request({ programId: program.id }).catch(() => null),
        approveDueEntries(db, new Date(), { programId: program.id }),
      ]);
      if (request) {
        const claimed = await db
          .select({ amount: ledgerEntries.amount })
          .from(ledgerEntries)
          .where(eq(ledgerEntries.payoutId, request.id));
        expect(claimed.reduce((sum, e) => sum + e.amount, 0n)).toBe(request.amount);
        await asManager.manage.payouts.markPaid({
          programId: program.id,
          payoutId: request.id,
          reference: `R${round}`,
        });
      }
    }
    const paidTotal = (await db.select().from(payouts).where(eq(payouts.programId, program.id)))
      .filter((p) => p.status === "paid")
      .reduce((sum, p) => sum + p.amount, 0n);
    const { balance } = (await balanceIn(asPartner, program.id))!;
    expect(balance.paid).toBe(paidTotal);
    expect(balance.paid + balance.available + balance.pending + balance.inPayout).toBe(
      20n * (100n + 101n + 102n + 103n + 104n),
    );
  });

  it("lets a clawback of a paid commission reduce the next payout", async () => {
    const { program, base, asPartner, asManager } = await setup(1_000n);
    await withIban(asPartner);
    const paidEntry = await insertApproved({ ...base, amount: 3_000n });
    const first = await asPartner.partner.payouts.request({ programId: program.id });
    await asManager.manage.payouts.markPaid({
      programId: program.id,
      payoutId: first.id,
      reference: "SEPA-1",
    });

    await insertApproved({ ...base, amount: 5_000n });
    await insertEntry({
      ...base,
      kind: "clawback",
      amount: -1_200n,
      status: "approved",
      correctsId: paidEntry.id,
    });
    const second = await asPartner.partner.payouts.request({ programId: program.id });
    expect(second.amount).toBe(3_800n);
    expect(second.entries).toBe(2);
  });

  it("lets the partner cancel until a batch takes the payout", async () => {
    const { program, base, asPartner, asManager } = await setup(1_000n);
    await withIban(asPartner);
    await insertApproved({ ...base, amount: 2_000n });
    const first = await asPartner.partner.payouts.request({ programId: program.id });
    await expect(asPartner.partner.payouts.cancel({ payoutId: first.id })).resolves.toEqual({
      cancelled: true,
    });
    await expect(balanceIn(asPartner, program.id)).resolves.toMatchObject({
      balance: { available: 2_000n, inPayout: 0n },
      eligibility: "eligible",
    });

    const second = await asPartner.partner.payouts.request({ programId: program.id });
    await asManager.manage.payouts.createBatch({ programId: program.id });
    await expect(asPartner.partner.payouts.cancel({ payoutId: second.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(asPartner.partner.payouts.cancel({ payoutId: first.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("a manager cancelling a payout", () => {
  it("cancels even a batched payout and releases its entries for the next request", async () => {
    const { program, base, asPartner, asManager } = await setup(1_000n);
    await withIban(asPartner);
    await insertApproved({ ...base, amount: 2_500n });
    const payout = await asPartner.partner.payouts.request({ programId: program.id });
    await asManager.manage.payouts.createBatch({ programId: program.id });

    await expect(
      asManager.manage.payouts.cancel({ programId: program.id, payoutId: payout.id }),
    ).resolves.toEqual({ cancelled: true });
    const [row] = await db.select().from(payouts).where(eq(payouts.id, payout.id));
    expect(row?.status).toBe("cancelled");
    await expect(balanceIn(asPartner, program.id)).resolves.toMatchObject({
      balance: { available: 2_500n, inPayout: 0n },
      openPayout: null,
    });
    // Neither paid nor cancelled twice.
    await expect(
      asManager.manage.payouts.markPaid({
        programId: program.id,
        payoutId: payout.id,
        reference: "x",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      asManager.manage.payouts.cancel({ programId: program.id, payoutId: payout.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const again = await asPartner.partner.payouts.request({ programId: program.id });
    expect(again.amount).toBe(2_500n);
  });
});

describe("batches, CSV and paying", () => {
  it("batches requested payouts and exports a formula-safe CSV with the full IBAN", async () => {
    const { program, base, asPartner, asManager } = await setup(1_000n);
    await db
      .update(users)
      .set({ name: '=HYPERLINK("http://evil.test","Click")' })
      .where(
        eq(
          users.id,
          (await db.query.enrollments.findFirst({
            where: (t, { eq }) => eq(t.id, base.enrollmentId),
          }))!.partnerId,
        ),
      );
    await asPartner.partner.payouts.saveDetails({
      method: "iban",
      accountHolder: "+SUM(A1:A9)",
      iban: VALID_IBAN,
    });
    await insertApproved({ ...base, amount: 5_500n });
    await asPartner.partner.payouts.request({ programId: program.id });

    const paypal = await makePartner(program.id);
    const asPaypal = callerFor(paypal.user.id);
    await asPaypal.partner.payouts.saveDetails({
      method: "paypal",
      paypalEmail: "Seller@Example.com",
    });
    await insertApproved({
      programId: program.id,
      enrollmentId: paypal.enrollment.id,
      amount: 1_234n,
    });
    await asPaypal.partner.payouts.request({ programId: program.id });

    const batch = await asManager.manage.payouts.createBatch({ programId: program.id });
    expect(batch).toMatchObject({ payouts: 2, total: 6_734n, currency: "EUR" });
    await expect(
      asManager.manage.payouts.createBatch({ programId: program.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const { csv, filename } = await asManager.manage.payouts.exportCsv({
      programId: program.id,
      batchId: batch.batchId,
    });
    expect(filename).toMatch(/^payouts-p-[\w-]+-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv$/);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "payout_id,partner_name,partner_email,method,iban,account_holder,paypal_email,amount,amount_minor,currency,status,reference",
    );
    expect(lines).toHaveLength(3);
    expect(csv).toContain(VALID_IBAN_NORMALIZED);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""Click"")"`);
    expect(csv).toContain(",'+SUM(A1:A9),");
    expect(csv).toContain(",55.00,5500,EUR,requested,");
    expect(csv).toContain(",seller@example.com,12.34,1234,EUR,requested,");
    // No cell starts a formula: every cell beginning with = + - @ is neutralised.
    for (const line of lines) expect(line).not.toMatch(/(^|,)"?[=+\-@]/);

    const listed = await asManager.manage.payouts.batches({ programId: program.id });
    expect(listed[0]).toMatchObject({ id: batch.batchId, payouts: 2, paid: 0, total: 6_734n });
  });

  it("marks a payout paid: entries paid in the same transaction, partner emailed", async () => {
    const { program, base, partner, asPartner, asManager } = await setup(1_000n);
    await withIban(asPartner);
    const entries = [
      await insertApproved({ ...base, amount: 2_000n }),
      await insertApproved({ ...base, amount: 3_000n }),
    ];
    const payout = await asPartner.partner.payouts.request({ programId: program.id });
    await asManager.manage.payouts.createBatch({ programId: program.id });

    await expect(
      asManager.manage.payouts.markPaid({
        programId: program.id,
        payoutId: payout.id,
        reference: "SEPA-2025-0042",
      }),
    ).resolves.toMatchObject({ id: payout.id, status: "paid" });

    const [row] = await db.select().from(payouts).where(eq(payouts.id, payout.id));
    expect(row).toMatchObject({ status: "paid", reference: "SEPA-2025-0042" });
    expect(row?.paidAt).toBeInstanceOf(Date);
    const after = await db
      .select({ status: ledgerEntries.status })
      .from(ledgerEntries)
      .where(
        inArray(
          ledgerEntries.id,
          entries.map((e) => e.id),
        ),
      );
    expect(after.map((e) => e.status)).toEqual(["paid", "paid"]);
    const events = await db
      .select()
      .from(ledgerEvents)
      .where(
        and(
          inArray(
            ledgerEvents.entryId,
            entries.map((e) => e.id),
          ),
          eq(ledgerEvents.toStatus, "paid"),
        ),
      );
    expect(events).toHaveLength(2);

    const [mail] = await db
      .select()
      .from(emails)
      .where(eq(emails.to, partner.user.email))
      .orderBy(desc(emails.createdAt))
      .limit(1);
    expect(mail).toMatchObject({ template: "payoutSent", status: "outbox" });
    expect(mail?.subject).toContain("€50.00");
    expect(mail?.text).toContain("SEPA-2025-0042");

    await expect(
      asManager.manage.payouts.markPaid({
        programId: program.id,
        payoutId: payout.id,
        reference: "again",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const list = await asManager.manage.payouts.list({ programId: program.id, status: "paid" });
    expect(list.items.map((item) => [item.id, item.account])).toEqual([
      [payout.id, "PL61 **** **** 2874"],
    ]);
  });
});
