/**
 * Every earnings and payout procedure tried by strangers: another program's manager, an
 * unrelated partner and an anonymous caller. Each is refused (or sees only their own, empty
 * data), and the target program's payouts and ledger are unchanged afterwards.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ledgerEntries, payoutBatches, payouts } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import { insertApproved, VALID_IBAN } from "../../support/ledger";

type Caller = ReturnType<typeof callerFor>;
let target: Awaited<ReturnType<typeof makeProgram>>;
let other: Awaited<ReturnType<typeof makeProgram>>;
let payoutId: string;
let batchId: string;
let partnerId: string;
let strangers: { label: string; caller: Caller }[];

beforeAll(async () => {
  target = await makeProgram();
  other = await makeProgram();
  const partner = await makePartner(target.program.id);
  partnerId = partner.user.id;
  const asPartner = callerFor(partner.user.id);
  await asPartner.partner.payouts.saveDetails({
    method: "iban",
    accountHolder: "Anna Nowak",
    iban: VALID_IBAN,
  });
  await insertApproved({
    programId: target.program.id,
    enrollmentId: partner.enrollment.id,
    amount: 9_000n,
  });
  payoutId = (await asPartner.partner.payouts.request({ programId: target.program.id })).id;
  batchId = (
    await callerFor(target.manager.id).manage.payouts.createBatch({
      programId: target.program.id,
    })
  ).batchId;
  const outsider = await makeUser();
  // A partner of the other program, with money of their own there.
  const otherPartner = await makePartner(other.program.id);
  strangers = [
    { label: "another program's manager", caller: callerFor(other.manager.id) },
    { label: "an unrelated partner", caller: callerFor(outsider.id) },
    { label: "another program's partner", caller: callerFor(otherPartner.user.id) },
  ];
});

const managerCalls: [string, (caller: Caller, programId: string) => Promise<unknown>][] = [
  ["manage.payouts.list", (c, programId) => c.manage.payouts.list({ programId })],
  ["manage.payouts.batches", (c, programId) => c.manage.payouts.batches({ programId })],
  ["manage.payouts.createBatch", (c, programId) => c.manage.payouts.createBatch({ programId })],
  [
    "manage.payouts.exportCsv",
    (c, programId) => c.manage.payouts.exportCsv({ programId, batchId }),
  ],
  [
    "manage.payouts.markPaid",
    (c, programId) => c.manage.payouts.markPaid({ programId, payoutId, reference: "stolen" }),
  ],
  ["manage.payouts.cancel", (c, programId) => c.manage.payouts.cancel({ programId, payoutId })],
];

describe("manager payout procedures refuse strangers with NOT_FOUND", () => {
  for (const [name, call] of managerCalls) {
    it(name, async () => {
      for (const stranger of strangers) {
        await expect(
          call(stranger.caller, target.program.id),
          stranger.label,
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      await expect(call(callerFor(null), target.program.id)).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    });
  }

  it("does not reach another program's payout or batch through the caller's own program", async () => {
    const own = callerFor(other.manager.id);
    await expect(
      own.manage.payouts.markPaid({ programId: other.program.id, payoutId, reference: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      own.manage.payouts.exportCsv({ programId: other.program.id, batchId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      own.manage.payouts.cancel({ programId: other.program.id, payoutId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(own.manage.payouts.list({ programId: other.program.id })).resolves.toMatchObject({
      total: 0,
      items: [],
    });
    await expect(own.manage.payouts.batches({ programId: other.program.id })).resolves.toEqual([]);
  });
});

describe("partner payout procedures only ever touch the caller's own money", () => {
  it("refuses a request or cancellation in someone else's name", async () => {
    for (const stranger of strangers) {
      await expect(
        stranger.caller.partner.payouts.request({ programId: target.program.id }),
        stranger.label,
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        stranger.caller.partner.payouts.cancel({ payoutId }),
        stranger.label,
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("shows strangers none of the partner's balances, entries, payouts or details", async () => {
    for (const stranger of strangers) {
      const balances = await stranger.caller.partner.earnings.balances();
      expect(balances.map((b) => b.program.programId)).not.toContain(target.program.id);
      const entries = await stranger.caller.partner.earnings.entries({
        programId: target.program.id,
      });
      expect(entries.items).toEqual([]);
      const list = await stranger.caller.partner.payouts.list({ programId: target.program.id });
      expect(list).toEqual([]);
      await expect(stranger.caller.partner.payouts.details()).resolves.toBeNull();
    }
  });

  it("answers nothing to an anonymous caller", async () => {
    const anonymous = callerFor(null);
    const calls: [string, () => Promise<unknown>][] = [
      ["earnings.balances", () => anonymous.partner.earnings.balances()],
      ["earnings.entries", () => anonymous.partner.earnings.entries({})],
      ["payouts.details", () => anonymous.partner.payouts.details()],
      [
        "payouts.saveDetails",
        () =>
          anonymous.partner.payouts.saveDetails({
            method: "paypal",
            paypalEmail: "x@example.com",
          }),
      ],
      [
        "payouts.request",
        () => anonymous.partner.payouts.request({ programId: target.program.id }),
      ],
      ["payouts.cancel", () => anonymous.partner.payouts.cancel({ payoutId })],
      ["payouts.list", () => anonymous.partner.payouts.list({})],
    ];
    for (const [name, call] of calls) {
      await expect(call(), name).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
  });

  it("left the payout, the batch and the ledger untouched", async () => {
    const [payout] = await db.select().from(payouts).where(eq(payouts.id, payoutId));
    expect(payout).toMatchObject({ status: "requested", batchId, reference: null, amount: 9_000n });
    const batches = await db
      .select()
      .from(payoutBatches)
      .where(eq(payoutBatches.programId, target.program.id));
    expect(batches).toHaveLength(1);
    const entries = await db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.programId, target.program.id));
    expect(entries.map((e) => [e.status, e.payoutId])).toEqual([["approved", payoutId]]);
    // And the owner still sees it all.
    const own = await callerFor(partnerId).partner.payouts.list({});
    expect(own.map((p) => p.id)).toEqual([payoutId]);
  });
});
