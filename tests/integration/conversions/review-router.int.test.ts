/**
 * The manager's review queue and conversions list through the tRPC procedures: strangers are
 * refused by every procedure and change nothing; a manager clears, rejects and decides in bulk,
 * each decision audited; the conversions list filters, pages and totals commissions.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, conversions, ledgerEntries, programs } from "~/server/db/schema/index";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { recordRefund } from "~/server/services/conversions/record-refund";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import { addClick, addLink, addPromoCode, addRule, uniqueId } from "./fixtures";

type Caller = ReturnType<typeof callerFor>;

/** A program paying 10% on sales and 2.00 per lead, one level of overrides at 10%. */
async function setup() {
  const made = await makeProgram();
  const [program] = await db
    .update(programs)
    .set({ overrideBps: [1000], minClickToSaleSeconds: 10 })
    .where(eq(programs.id, made.program.id))
    .returning();
  await addRule(program!.id, { rateBps: 1000 });
  await addRule(program!.id, { event: "lead", basis: "flat", rateBps: null, amount: 200n });
  const recruiter = await makePartner(program!.id);
  const partner = await makePartner(program!.id, { referredById: recruiter.enrollment.id });
  const code = `P${uniqueId("x").slice(2)}`.toUpperCase();
  await addPromoCode(program!.id, partner.enrollment.id, code);
  const ctx = { db, program: program! };

  /** A sale through the partner's code; bought with their own email it is flagged. */
  const sale = async (options: { customer?: string; amount?: number; now?: Date } = {}) => {
    const { conversion } = await recordConversion(
      ctx,
      {
        type: "sale",
        external_id: uniqueId("order"),
        amount: options.amount ?? 10_000,
        currency: "EUR",
        promo_code: code,
        customer: options.customer,
      },
      options.now,
    );
    return conversion.id;
  };
  const flaggedSale = () => sale({ customer: partner.user.email });
  return { program: program!, manager: made.manager, partner, recruiter, ctx, sale, flaggedSale };
}

async function reviewStatusOf(id: string) {
  const [row] = await db.select().from(conversions).where(eq(conversions.id, id));
  return row?.reviewStatus;
}

async function auditActions(programId: string, targetIds: string[]) {
  const rows = await db
    .select({ action: auditLog.action, targetId: auditLog.targetId, actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.programId, programId), inArray(auditLog.targetId, targetIds)));
  return rows;
}

describe("who may use the review and conversions procedures", () => {
  let target: Awaited<ReturnType<typeof setup>>;
  let flagged: string;
  let strangers: { label: string; caller: Caller; code: string }[];

  beforeAll(async () => {
    target = await setup();
    flagged = await target.flaggedSale();
    const other = await makeProgram();
    const outsider = await makeUser();
    strangers = [
      {
        label: "another program's manager",
        caller: callerFor(other.manager.id),
        code: "NOT_FOUND",
      },
      {
        label: "a partner of the program",
        caller: callerFor(target.partner.user.id),
        code: "NOT_FOUND",
      },
      { label: "an unrelated signed-in person", caller: callerFor(outsider.id), code: "NOT_FOUND" },
      { label: "an anonymous caller", caller: callerFor(null), code: "UNAUTHORIZED" },
    ];
  });

  const calls: [string, (caller: Caller, programId: string, id: string) => Promise<unknown>][] = [
    ["manage.review.queue", (c, programId) => c.manage.review.queue({ programId })],
    [
      "manage.review.decide",
      (c, programId, id) =>
        c.manage.review.decide({ programId, conversionId: id, decision: "reject" }),
    ],
    [
      "manage.review.decideMany",
      (c, programId, id) =>
        c.manage.review.decideMany({ programId, conversionIds: [id], decision: "clear" }),
    ],
    ["manage.conversions.list", (c, programId) => c.manage.conversions.list({ programId })],
  ];

  for (const [name, call] of calls) {
    it(`${name} refuses every stranger and changes nothing`, async () => {
      for (const stranger of strangers) {
        await expect(
          call(stranger.caller, target.program.id, flagged),
          `${name} by ${stranger.label}`,
        ).rejects.toMatchObject({ code: stranger.code });
      }
      expect(await reviewStatusOf(flagged)).toBe("flagged");
      expect(await auditActions(target.program.id, [flagged])).toEqual([]);
    });
  }

  it("still works for the program's own manager", async () => {
    const queue = await callerFor(target.manager.id).manage.review.queue({
      programId: target.program.id,
    });
    expect(queue.items.map((item) => item.id)).toContain(flagged);
  });
});

describe("a manager reviews flagged conversions", () => {
  it("lists the queue with the partner, the amount at stake and the click-to-sale time", async () => {
    const { program, manager, partner, ctx, flaggedSale, sale } = await setup();
    const bySelf = await flaggedSale();
    await sale({ customer: "someone@example.com" }); // clean: not in the queue
    // A sale 3 seconds after its click: too fast for the program's 10-second minimum.
    const link = await addLink(program.id, partner.enrollment.id);
    const clickedAt = new Date(Date.now() - 60_000);
    const clickId = await addClick(link, { occurredAt: clickedAt });
    const { conversion: fast } = await recordConversion(
      ctx,
      {
        type: "sale",
        external_id: uniqueId("fast"),
        amount: 5_000,
        currency: "EUR",
        click_id: clickId,
      },
      new Date(clickedAt.getTime() + 3_000),
    );

    const queue = await callerFor(manager.id).manage.review.queue({ programId: program.id });
    expect(queue.items).toHaveLength(2);
    expect(queue.items[0]).toMatchObject({
      id: bySelf,
      fraudFlags: ["self_referral"],
      partnerEmail: partner.user.email,
      amount: 10_000n,
      commission: 1_100n,
      clickToSaleSeconds: null,
    });
    expect(queue.items[1]).toMatchObject({
      id: fast.id,
      fraudFlags: ["fast_conversion"],
      amount: 5_000n,
      clickToSaleSeconds: 3,
    });
  });

  it("clears one conversion and rejects another, each audited with the note", async () => {
    const { program, manager, flaggedSale } = await setup();
    const [toClear, toReject] = [await flaggedSale(), await flaggedSale()];
    const asManager = callerFor(manager.id);

    await expect(
      asManager.manage.review.decide({
        programId: program.id,
        conversionId: toClear,
        decision: "clear",
        note: "regular customer",
      }),
    ).resolves.toEqual({ reviewStatus: "cleared" });
    await expect(
      asManager.manage.review.decide({
        programId: program.id,
        conversionId: toReject,
        decision: "reject",
      }),
    ).resolves.toEqual({ reviewStatus: "rejected" });

    expect(await reviewStatusOf(toClear)).toBe("cleared");
    expect(await reviewStatusOf(toReject)).toBe("rejected");
    const sums = await db
      .select({ conversionId: ledgerEntries.conversionId, amount: ledgerEntries.amount })
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.conversionId, [toClear, toReject]));
    const net = (id: string) =>
      sums.filter((row) => row.conversionId === id).reduce((sum, row) => sum + row.amount, 0n);
    expect(net(toClear)).toBe(1_100n);
    expect(net(toReject)).toBe(0n);

    const audit = await auditActions(program.id, [toClear, toReject]);
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "conversion.cleared", targetId: toClear, actorId: manager.id },
        { action: "conversion.rejected", targetId: toReject, actorId: manager.id },
      ]),
    );
    expect(audit).toHaveLength(2);
    const queue = await asManager.manage.review.queue({ programId: program.id });
    expect(queue.items).toEqual([]);

    // A second decision on a decided conversion is refused, in the caller's language.
    await expect(
      asManager.manage.review.decide({
        programId: program.id,
        conversionId: toClear,
        decision: "reject",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await reviewStatusOf(toClear)).toBe("cleared");
  });

  it("decides in bulk: each conversion once, skipping decided and foreign ones", async () => {
    const { program, manager, flaggedSale } = await setup();
    const ids = [await flaggedSale(), await flaggedSale(), await flaggedSale()];
    const other = await setup();
    const foreign = await other.flaggedSale();
    const asManager = callerFor(manager.id);
    await asManager.manage.review.decide({
      programId: program.id,
      conversionId: ids[2]!,
      decision: "clear",
    });

    const result = await asManager.manage.review.decideMany({
      programId: program.id,
      conversionIds: [ids[0]!, ids[1]!, ids[1]!, ids[2]!, foreign],
      decision: "reject",
      note: "card testing",
    });
    expect(result.decided).toEqual([ids[0], ids[1]]);
    expect(result.skipped).toEqual([
      { conversionId: ids[2], reason: "reviewNotAllowed" },
      { conversionId: foreign, reason: "notFound" },
    ]);
    expect(await reviewStatusOf(ids[0]!)).toBe("rejected");
    expect(await reviewStatusOf(ids[1]!)).toBe("rejected");
    expect(await reviewStatusOf(ids[2]!)).toBe("cleared");
    expect(await reviewStatusOf(foreign)).toBe("flagged");

    const reversals = await db
      .select({ conversionId: ledgerEntries.conversionId })
      .from(ledgerEntries)
      .where(and(inArray(ledgerEntries.conversionId, ids), eq(ledgerEntries.kind, "reversal")));
    // Commission and override of each rejected sale, reversed exactly once.
    expect(reversals).toHaveLength(4);
    const audit = await auditActions(program.id, ids);
    expect(audit.filter((row) => row.action === "conversion.rejected")).toHaveLength(2);
    expect(await auditActions(other.program.id, [foreign])).toEqual([]);
  });

  it("refuses an empty or oversized bulk decision", async () => {
    const { program, manager } = await setup();
    const asManager = callerFor(manager.id);
    await expect(
      asManager.manage.review.decideMany({
        programId: program.id,
        conversionIds: [],
        decision: "clear",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      asManager.manage.review.decideMany({
        programId: program.id,
        conversionIds: Array.from({ length: 101 }, () => randomUUID()),
        decision: "clear",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("the program's conversions list", () => {
  it("shows newest first with refunds and commission totals, filtered and paged", async () => {
    const { program, manager, ctx, sale, flaggedSale } = await setup();
    const day = 86_400_000;
    const base = Date.now() - 10 * day;
    const first = await sale({ amount: 10_000, now: new Date(base) });
    const second = await sale({ amount: 20_000, now: new Date(base + day) });
    const { conversion: lead } = await recordConversion(
      ctx,
      { type: "lead", external_id: uniqueId("lead"), currency: "EUR" },
      new Date(base + 2 * day),
    );
    const flagged = await flaggedSale();
    await recordRefund(ctx, second, { refund_id: uniqueId("refund"), amount: 5_000 });

    const asManager = callerFor(manager.id);
    const all = await asManager.manage.conversions.list({ programId: program.id });
    expect(all.items.map((item) => item.id)).toEqual([flagged, lead.id, second, first]);
    expect(all.items[2]).toMatchObject({
      type: "sale",
      attribution: "promo_code",
      amount: 20_000n,
      refunded: 5_000n,
      commission: 2_200n, // 2,000 direct + 200 override
      commissionNet: 1_650n, // a quarter reversed
    });
    // An unattributed lead pays nobody.
    expect(all.items[1]).toMatchObject({ attribution: "none", commission: 0n, partnerEmail: null });

    const page1 = await asManager.manage.conversions.list({ programId: program.id, limit: 2 });
    const page2 = await asManager.manage.conversions.list({
      programId: program.id,
      limit: 2,
      cursor: page1.nextCursor!,
    });
    expect([...page1.items, ...page2.items].map((item) => item.id)).toEqual([
      flagged,
      lead.id,
      second,
      first,
    ]);
    expect(page2.nextCursor).toBeNull();

    const byReview = await asManager.manage.conversions.list({
      programId: program.id,
      review: "flagged",
    });
    expect(byReview.items.map((item) => item.id)).toEqual([flagged]);
    const byType = await asManager.manage.conversions.list({ programId: program.id, type: "lead" });
    expect(byType.items.map((item) => item.id)).toEqual([lead.id]);
    const byAttribution = await asManager.manage.conversions.list({
      programId: program.id,
      attribution: "promo_code",
      type: "sale",
    });
    expect(byAttribution.items.map((item) => item.id)).toEqual([flagged, second, first]);
  });

  it("matches nothing with a cursor from another program", async () => {
    const { program, manager, sale } = await setup();
    await sale();
    const other = await setup();
    const foreign = await other.sale();
    const page = await callerFor(manager.id).manage.conversions.list({
      programId: program.id,
      cursor: foreign,
    });
    expect(page.items).toEqual([]);
  });
});
