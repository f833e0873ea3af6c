import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ledgerEntries, statsDaily } from "~/server/db/schema/index";
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
  writtenRows,
  type Api,
} from "./fixtures";

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const refundsOf = (id: string) => `/api/v1/conversions/${id}/refunds`;

/** A sale of `amount` with a 10% commission and a 10% level-1 override. */
async function saleWithCommissions(amount: number) {
  const setup = await programWithKey({ overrideBps: [1000] });
  await addRule(setup.program.id, { rateBps: 1000 });
  const recruiter = await makePartner(setup.program.id);
  const seller = await makePartner(setup.program.id, { referredById: recruiter.enrollment.id });
  const reply = await post(api, "/api/v1/conversions", setup.key, {
    type: "sale",
    external_id: uniqueId("order"),
    amount,
    currency: "EUR",
    click_id: await addClick(await addLink(setup.program.id, seller.enrollment.id)),
  });
  expect(reply.status).toBe(201);
  return { ...setup, conversionId: String(reply.body.id), seller, recruiter };
}

/** Net amount per level after all corrections. */
async function netByLevel(conversionId: string) {
  const net = new Map<number, bigint>();
  for (const entry of await ledgerOf(conversionId)) {
    net.set(entry.level, (net.get(entry.level) ?? 0n) + entry.amount);
  }
  return Object.fromEntries(net);
}

describe("POST /api/v1/conversions/{id}/refunds", () => {
  it("reverses commissions pro rata with cumulative rounding, exactly in full", async () => {
    const { key, conversionId, program } = await saleWithCommissions(9999);
    expect(await netByLevel(conversionId)).toEqual({ 0: 1000n, 1: 100n });

    const reversals: number[][] = [];
    for (const refundId of ["r-1", "r-2", "r-3"]) {
      const reply = await post(api, refundsOf(conversionId), key, {
        refund_id: refundId,
        amount: 3333,
      });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        refund_id: refundId,
        conversion_id: conversionId,
        amount: 3333,
      });
      reversals.push((reply.body.reversals as { amount: number }[]).map((r) => r.amount));
    }
    expect(reversals).toEqual([
      [-333, -33],
      [-334, -34],
      [-333, -33],
    ]);
    expect(await netByLevel(conversionId)).toEqual({ 0: 0n, 1: 0n });

    const entries = await ledgerOf(conversionId);
    const originals = new Map(entries.filter((e) => e.amount > 0n).map((e) => [e.id, e]));
    for (const reversal of entries.filter((e) => e.amount < 0n)) {
      const original = originals.get(reversal.correctsId!);
      expect(reversal).toMatchObject({
        kind: "reversal",
        status: "pending",
        level: original?.level,
      });
      // Approved together with what it corrects.
      expect(reversal.holdUntil).toEqual(original?.holdUntil);
      expect(reversal.refundId).not.toBeNull();
    }
    const [daily] = await db.select().from(statsDaily).where(eq(statsDaily.programId, program.id));
    expect(daily).toMatchObject({ revenue: 9999n, refunded: 9999n, commission: 0n });
  });

  it("is idempotent by refund id: 200 with the first result, 409 for other data", async () => {
    const { key, conversionId, program } = await saleWithCommissions(10_000);
    const first = await post(api, refundsOf(conversionId), key, { refund_id: "r-9", amount: 2500 });
    expect(first.status).toBe(201);
    const again = await post(api, refundsOf(conversionId), key, { refund_id: "r-9", amount: 2500 });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const changed = await post(api, refundsOf(conversionId), key, {
      refund_id: "r-9",
      amount: 2600,
    });
    expect(changed.status).toBe(409);
    expect(await writtenRows(program.id)).toMatchObject({ refunds: 1, ledger: 4 });
  });

  it("refuses refunds beyond the sale amount with 422", async () => {
    const { key, conversionId, program } = await saleWithCommissions(10_000);
    const over = await post(api, refundsOf(conversionId), key, {
      refund_id: "big",
      amount: 10_001,
    });
    expect(over.status).toBe(422);
    expect(over.body.error?.fields).toEqual({ amount: "exceeds what is left to refund (10000)" });
    expect(
      (await post(api, refundsOf(conversionId), key, { refund_id: "a", amount: 6000 })).status,
    ).toBe(201);
    const rest = await post(api, refundsOf(conversionId), key, { refund_id: "b", amount: 4001 });
    expect(rest.status).toBe(422);
    expect(rest.body.error?.fields).toEqual({ amount: "exceeds what is left to refund (4000)" });
    expect(await writtenRows(program.id)).toMatchObject({ refunds: 1 });
  });

  it("never lets concurrent refunds of one sale add up to more than the sale", async () => {
    const { key, conversionId, program } = await saleWithCommissions(5000);
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        post(api, refundsOf(conversionId), key, { refund_id: `c-${n}`, amount: 1000 }),
      ),
    );
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 201, 422, 422, 422, 422, 422]);
    expect(await netByLevel(conversionId)).toEqual({ 0: 0n, 1: 0n });
    expect(await writtenRows(program.id)).toMatchObject({ refunds: 5 });
  });

  it("claws back a commission that was already paid", async () => {
    const { key, conversionId } = await saleWithCommissions(10_000);
    const originals = await ledgerOf(conversionId);
    const ids = originals.map((entry) => entry.id);
    // The trigger allows forward moves only: pending → approved → paid.
    await db
      .update(ledgerEntries)
      .set({ status: "approved" })
      .where(inArray(ledgerEntries.id, ids));
    await db.update(ledgerEntries).set({ status: "paid" }).where(inArray(ledgerEntries.id, ids));

    const reply = await post(api, refundsOf(conversionId), key, {
      refund_id: "late",
      amount: 5000,
    });
    expect(reply.status).toBe(201);
    expect(reply.body.reversals).toMatchObject([
      { level: 0, kind: "clawback", amount: -500, status: "approved" },
      { level: 1, kind: "clawback", amount: -50, status: "approved" },
    ]);
    const clawbacks = await db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.conversionId, conversionId), eq(ledgerEntries.kind, "clawback")));
    for (const entry of clawbacks) {
      expect(Math.abs(entry.holdUntil.getTime() - Date.now())).toBeLessThan(60_000);
    }
  });

  it("refunds sales only", async () => {
    const { key, program } = await programWithKey();
    const lead = await post(api, "/api/v1/conversions", key, {
      type: "lead",
      external_id: "lead-1",
      currency: "EUR",
      amount: 100,
    });
    const reply = await post(api, refundsOf(String(lead.body.id)), key, {
      refund_id: "x",
      amount: 50,
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error?.message).toBe("Only sales can be refunded.");
    expect(await writtenRows(program.id)).toMatchObject({ refunds: 0 });
  });

  it("does not let another program's key touch this program's conversions (404)", async () => {
    const { conversionId, program } = await saleWithCommissions(10_000);
    const stranger = await programWithKey();
    const before = await writtenRows(program.id);
    const reply = await post(api, refundsOf(conversionId), stranger.key, {
      refund_id: "steal",
      amount: 100,
    });
    expect(reply.status).toBe(404);
    expect(reply.body.error?.code).toBe("not_found");
    expect(await writtenRows(program.id)).toEqual(before);
    expect(await writtenRows(stranger.program.id)).toMatchObject({ refunds: 0 });
  });

  it("answers 404 for an unknown or malformed conversion id and 422 for a bad body", async () => {
    const { key, conversionId } = await saleWithCommissions(1000);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await post(api, refundsOf(unknown), key, { refund_id: "x", amount: 1 })).status).toBe(
      404,
    );
    expect((await post(api, refundsOf("order-1"), key, { refund_id: "x", amount: 1 })).status).toBe(
      404,
    );
    const bad = await post(api, refundsOf(conversionId), key, { refund_id: "", amount: 0 });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error?.fields ?? {}).sort()).toEqual(["amount", "refund_id"]);
  });
});
