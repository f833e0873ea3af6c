import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, conversions, statsDaily } from "~/server/db/schema/index";
import { listReviewQueue } from "~/server/services/conversions/list-review-queue";
import { reviewConversion } from "~/server/services/conversions/review-conversion";
import { balanceOf } from "~/server/services/ledger/balances";
import { db } from "../../support/db";
import { makePartner } from "../../support/factories";
import {
  addClick,
  addLink,
  addRule,
  ledgerOf,
  post,
  programWithKey,
  startApi,
  uniqueId,
  type Api,
} from "./fixtures";

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

/** A program whose partner buys through their own link: every sale is flagged. */
async function selfReferringPartner() {
  const setup = await programWithKey({ overrideBps: [1000] });
  await addRule(setup.program.id, { rateBps: 1000 });
  const recruiter = await makePartner(setup.program.id);
  const partner = await makePartner(setup.program.id, { referredById: recruiter.enrollment.id });
  const link = await addLink(setup.program.id, partner.enrollment.id);
  const flaggedSale = async (customer = partner.user.email) => {
    const reply = await post(api, "/api/v1/conversions", setup.key, {
      type: "sale",
      external_id: uniqueId("order"),
      amount: 10_000,
      currency: "EUR",
      click_id: await addClick(link),
      customer,
    });
    expect(reply.status).toBe(201);
    return String(reply.body.id);
  };
  return { ...setup, partner, flaggedSale };
}

async function lastAudit(programId: string) {
  const [entry] = await db
    .select()
    .from(auditLog)
    .where(eq(auditLog.programId, programId))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return entry;
}

describe("review of flagged conversions", () => {
  it("lists the queue oldest first with keyset pages and the commission at stake", async () => {
    const { ctx, flaggedSale } = await selfReferringPartner();
    const ids = [await flaggedSale(), await flaggedSale(), await flaggedSale()];
    await flaggedSale("someone.else@example.com"); // not flagged

    const first = await listReviewQueue(ctx, { limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual(ids.slice(0, 2));
    expect(first.items[0]).toMatchObject({ fraudFlags: ["self_referral"], commission: 1100n });
    const second = await listReviewQueue(ctx, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.id)).toEqual(ids.slice(2));
    expect(second.nextCursor).toBeNull();
  });

  it("clears a conversion: commissions stay, the decision is audited and cannot be repeated", async () => {
    const { ctx, flaggedSale, program, manager, partner } = await selfReferringPartner();
    const id = await flaggedSale();
    const balance = () => balanceOf(db, { id: partner.enrollment.id, currency: "EUR" });
    expect(await balance()).toMatchObject({ pending: 1000n, held: 1000n });
    await expect(
      reviewConversion(ctx, { conversionId: id, decision: "clear", note: "known buyer" }),
    ).resolves.toEqual({
      reviewStatus: "cleared",
    });
    const [row] = await db.select().from(conversions).where(eq(conversions.id, id));
    expect(row).toMatchObject({ reviewStatus: "cleared", reviewedBy: manager.id });
    expect((await ledgerOf(id)).map((entry) => entry.amount)).toEqual([1000n, 100n]);
    expect(await balance()).toMatchObject({ pending: 1000n, held: 0n });
    expect(await lastAudit(program.id)).toMatchObject({
      action: "conversion.cleared",
      actorId: manager.id,
      targetId: id,
    });
    await expect(
      reviewConversion(ctx, { conversionId: id, decision: "reject" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      key: "reviewNotAllowed",
    });
    expect(await listReviewQueue(ctx, {})).toMatchObject({ items: [] });
  });

  it("rejects a conversion: every commission reversed once, even when decided twice at once", async () => {
    const { ctx, flaggedSale, program, key } = await selfReferringPartner();
    const id = await flaggedSale();
    const results = await Promise.allSettled([
      reviewConversion(ctx, { conversionId: id, decision: "reject" }),
      reviewConversion(ctx, { conversionId: id, decision: "reject" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);

    const entries = await ledgerOf(id);
    expect(entries.map((entry) => [entry.kind, entry.level, entry.amount, entry.refundId])).toEqual(
      [
        ["commission", 0, 1000n, null],
        ["override", 1, 100n, null],
        ["reversal", 0, -1000n, null],
        ["reversal", 1, -100n, null],
      ],
    );
    const [daily] = await db.select().from(statsDaily).where(eq(statsDaily.programId, program.id));
    expect(daily).toMatchObject({ revenue: 10_000n, commission: 0n });
    expect(await lastAudit(program.id)).toMatchObject({
      action: "conversion.rejected",
      targetId: id,
    });

    // A later refund is recorded but has nothing left to reverse.
    const refund = await post(api, `/api/v1/conversions/${id}/refunds`, key, {
      refund_id: "after-reject",
      amount: 10_000,
    });
    expect(refund.status).toBe(201);
    expect(refund.body.reversals).toEqual([]);
    expect(await ledgerOf(id)).toHaveLength(4);
  });

  it("refuses to review a conversion that is not flagged, or another program's", async () => {
    const { ctx, flaggedSale } = await selfReferringPartner();
    const clean = await flaggedSale("buyer@example.com");
    await expect(
      reviewConversion(ctx, { conversionId: clean, decision: "clear" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const flagged = await flaggedSale();
    const other = await programWithKey();
    await expect(
      reviewConversion(other.ctx, { conversionId: flagged, decision: "reject" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listReviewQueue(other.ctx, {})).toMatchObject({ items: [] });
    const [row] = await db
      .select()
      .from(conversions)
      .where(and(eq(conversions.id, flagged), eq(conversions.reviewStatus, "flagged")));
    expect(row).toBeDefined();
  });
});
