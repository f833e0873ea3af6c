/**
 * Money safety: each `it` is one guard, named after it, exercised through the tRPC procedures
 * or the export service the download routes call, on the real database.
 */
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "~/lib/dates";
import {
  conversions,
  emails,
  ledgerEntries,
  payoutDetails,
  programs,
  users,
} from "~/server/db/schema/index";
import { openExport } from "~/server/services/exports/open-export";
import { clientError } from "../../support/client-error";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import {
  insertApproved,
  insertConversion,
  insertEntry,
  setPayoutThreshold,
  VALID_IBAN,
} from "../../support/ledger";

const PAYPAL = { method: "paypal", paypalEmail: "seller@example.com" } as const;
const IBAN = { method: "iban", accountHolder: "Anna Nowak", iban: VALID_IBAN } as const;

async function setup() {
  const { program, manager } = await makeProgram();
  await setPayoutThreshold(program.id, 1_000n);
  const partner = await makePartner(program.id);
  return {
    program,
    manager,
    partner,
    asPartner: callerFor(partner.user.id),
    asManager: callerFor(manager.id),
    base: { programId: program.id, enrollmentId: partner.enrollment.id },
  };
}

/** Moves the last details change back, as if `days` had passed since. */
async function changedDaysAgo(userId: string, days: number) {
  await db
    .update(payoutDetails)
    .set({ changedAt: new Date(Date.now() - days * DAY_MS) })
    .where(eq(payoutDetails.userId, userId));
}

async function exportText(userId: string, slug: string, table: string) {
  const opened = await openExport({ db, userId }, { slug, table, query: new URLSearchParams() });
  if (!opened.ok) throw new Error(`export refused: ${opened.status}`);
  return new Response(opened.body).text();
}

describe("money safety", () => {
  it("typed CSV cells: a negative amount is exported as a number, text is still neutralised", async () => {
    const { program, manager, partner, base } = await setup();
    await db
      .update(users)
      .set({ name: '=HYPERLINK("http://evil.test","Click")' })
      .where(eq(users.id, partner.user.id));
    const sale = await insertConversion(program.id, partner.enrollment.id);
    await db.update(conversions).set({ externalId: "-2+3" }).where(eq(conversions.id, sale.id));
    const commission = await insertEntry({ ...base, conversionId: sale.id, amount: 1_000n });
    // A clawback larger than the commission: the conversion nets -12.50 for the partner.
    await insertEntry({
      ...base,
      kind: "clawback",
      conversionId: sale.id,
      correctsId: commission.id,
      amount: -2_250n,
    });

    const csv = await exportText(manager.id, program.slug, "conversions");
    const [header, row] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toContain(",commission,commission_net,");
    // commission, then commission_net: numbers as a spreadsheet sums them, no quote in front.
    expect(row).toContain(",10.00,-12.50,EUR,");
    expect(row).toContain(",'-2+3,");
    expect(row).toContain(`,"'=HYPERLINK(""http://evil.test"",""Click"")",`);
  });

  it("suspension check: a suspended partner cannot request a payout", async () => {
    const { program } = await makeProgram();
    await setPayoutThreshold(program.id, 1_000n);
    const partner = await makePartner(program.id, { status: "suspended" });
    const asPartner = callerFor(partner.user.id, "pl");
    await asPartner.partner.payouts.saveDetails(IBAN);
    await insertApproved({
      programId: program.id,
      enrollmentId: partner.enrollment.id,
      amount: 5_000n,
    });

    const refused = await clientError(
      asPartner.partner.payouts.request({ programId: program.id }),
      "pl",
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/zawieszone/);
    // Nothing claimed: the balance is still available, no payout row exists.
    const [entry] = await db
      .select({ payoutId: ledgerEntries.payoutId })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.enrollmentId, partner.enrollment.id));
    expect(entry?.payoutId).toBeNull();
    const [balance] = await asPartner.partner.earnings.balances();
    expect(balance?.eligibility).toBe("suspended");
  });

  it("change notice: changing payout details emails the partner the old and new account, masked", async () => {
    const { partner, asPartner } = await setup();
    await asPartner.partner.payouts.saveDetails(IBAN);
    await asPartner.partner.payouts.saveDetails(PAYPAL);

    const [mail] = await db
      .select()
      .from(emails)
      .where(and(eq(emails.to, partner.user.email), eq(emails.template, "payoutDetailsChanged")))
      .orderBy(desc(emails.createdAt))
      .limit(1);
    expect(mail).toMatchObject({ status: "outbox", subject: "Your payout details were changed" });
    expect(mail?.text).toContain("Before: Bank account PL61 **** **** 2874");
    expect(mail?.text).toContain("Now: PayPal s***@e***.com");
    for (const secret of ["PL61109010140000071219812874", "1090 1014", "seller@example.com"]) {
      expect(mail?.html).not.toContain(secret);
      expect(mail?.text).not.toContain(secret);
    }
    const [stored] = await db
      .select({ changedAt: payoutDetails.changedAt })
      .from(payoutDetails)
      .where(eq(payoutDetails.userId, partner.user.id));
    expect(stored?.changedAt).toBeInstanceOf(Date);
  });

  it("cooling period: a payout request right after a details change is refused, after it allowed", async () => {
    const { program, partner, asPartner, base } = await setup();
    await db.update(programs).set({ payoutCoolingDays: 3 }).where(eq(programs.id, program.id));
    await asPartner.partner.payouts.saveDetails(IBAN);
    await asPartner.partner.payouts.saveDetails(PAYPAL);
    await insertApproved({ ...base, amount: 5_000n });

    const refused = await clientError(asPartner.partner.payouts.request({ programId: program.id }));
    expect(refused.code).toBe("CONFLICT");
    const until = new Date(Date.now() + 3 * DAY_MS).toISOString().slice(0, 10);
    expect(refused.message).toContain("changed recently");
    expect(refused.message).toContain(until);

    await changedDaysAgo(partner.user.id, 3.01);
    await expect(
      asPartner.partner.payouts.request({ programId: program.id }),
    ).resolves.toMatchObject({ amount: 5_000n });
  });

  it("batch hold: a batch leaves out payouts of partners whose details changed within the cooling period", async () => {
    const { program, partner, asPartner, asManager, base } = await setup();
    await asPartner.partner.payouts.saveDetails(IBAN);
    await insertApproved({ ...base, amount: 5_000n });
    const held = await asPartner.partner.payouts.request({ programId: program.id });
    // The change comes after the request: the payout would go to the old account unexplained.
    await asPartner.partner.payouts.saveDetails(PAYPAL);

    const other = await makePartner(program.id);
    await callerFor(other.user.id).partner.payouts.saveDetails(IBAN);
    await insertApproved({
      programId: program.id,
      enrollmentId: other.enrollment.id,
      amount: 2_000n,
    });
    await callerFor(other.user.id).partner.payouts.request({ programId: program.id });

    const batch = await asManager.manage.payouts.createBatch({ programId: program.id });
    expect(batch).toMatchObject({ payouts: 1, held: 1, total: 2_000n });
    const onlyHeld = await clientError(
      asManager.manage.payouts.createBatch({ programId: program.id }),
    );
    expect(onlyHeld).toMatchObject({ code: "CONFLICT" });
    expect(onlyHeld.message).toContain("on hold");

    await changedDaysAgo(partner.user.id, 4);
    const next = await asManager.manage.payouts.createBatch({ programId: program.id });
    expect(next).toMatchObject({ payouts: 1, held: 0, total: held.amount });
  });

  it("changed-at in the console: each payout shows when its partner's details changed, flagged when recent", async () => {
    const { program, partner, asPartner, asManager, base } = await setup();
    await asPartner.partner.payouts.saveDetails(IBAN);
    await insertApproved({ ...base, amount: 5_000n });
    const payout = await asPartner.partner.payouts.request({ programId: program.id });
    await asManager.manage.payouts.createBatch({ programId: program.id });

    const listed = async () =>
      (await asManager.manage.payouts.list({ programId: program.id })).items.find(
        (item) => item.id === payout.id,
      );
    expect((await listed())?.detailsChange).toBeNull();

    // Changed after the payout was batched: the manager about to pay it must see that.
    await asPartner.partner.payouts.saveDetails(PAYPAL);
    expect((await listed())?.detailsChange).toMatchObject({ days: 0, recent: true });
    await changedDaysAgo(partner.user.id, 5);
    expect((await listed())?.detailsChange).toMatchObject({ days: 5, recent: false });
  });
});
