import http from "node:http";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiKeys,
  conversions,
  ledgerEntries,
  statsDaily,
  statsHourly,
} from "~/server/db/schema/index";
import { revokeApiKey } from "~/server/services/api-keys/revoke-api-key";
import { db } from "../../support/db";
import { makePartner } from "../../support/factories";
import {
  addClick,
  addLink,
  addRule,
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

const CONVERSIONS = "/api/v1/conversions";

describe("POST /api/v1/conversions", () => {
  it("records an attributed sale with its commission and rollups (201)", async () => {
    const { program, key } = await programWithKey({ holdPeriodDays: 14 });
    await addRule(program.id, { rateBps: 1000 });
    const { enrollment } = await makePartner(program.id);
    const link = await addLink(program.id, enrollment.id);
    const occurredAt = new Date(Date.now() - 600_000);
    const clickId = await addClick(link, { occurredAt: new Date(occurredAt.getTime() - 60_000) });

    const reply = await post(api, CONVERSIONS, key, {
      type: "sale",
      external_id: "order-1",
      amount: 12_345,
      currency: "EUR",
      click_id: clickId,
      occurred_at: occurredAt.toISOString(),
      customer: "Buyer@Example.com",
    });

    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      type: "sale",
      external_id: "order-1",
      amount: 12_345,
      currency: "EUR",
      attribution: "click",
      partner: enrollment.id,
      review_status: "none",
      fraud_flags: [],
      commissions: [{ beneficiary: enrollment.id, level: 0, amount: 1235, status: "pending" }],
    });
    const [row] = await db
      .select()
      .from(conversions)
      .where(eq(conversions.id, String(reply.body.id)));
    expect(row?.customerHash).toMatch(/^[0-9a-f]{64}$/);
    const stored = JSON.stringify(row, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    expect(stored).toContain(row!.customerHash!);
    expect(stored.toLowerCase()).not.toContain("example.com");
    const [entry] = await db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.conversionId, row!.id));
    const holdDays = (entry!.holdUntil.getTime() - Date.now()) / 86_400_000;
    expect(holdDays).toBeGreaterThan(13.99);
    expect(holdDays).toBeLessThan(14.01);

    const [hourly] = await db
      .select()
      .from(statsHourly)
      .where(and(eq(statsHourly.programId, program.id), eq(statsHourly.linkId, link.id)));
    expect(hourly).toMatchObject({ sales: 1, revenue: 12_345n, commission: 1235n });
    const [daily] = await db.select().from(statsDaily).where(eq(statsDaily.programId, program.id));
    expect(daily).toMatchObject({
      enrollmentId: enrollment.id,
      sales: 1,
      revenue: 12_345n,
      commission: 1235n,
    });
  });

  it("stores unattributed conversions and counts them under no partner", async () => {
    const { program, key } = await programWithKey();
    await addRule(program.id, { event: "lead", basis: "flat", rateBps: null, amount: 500n });
    const reply = await post(api, CONVERSIONS, key, {
      type: "lead",
      external_id: "lead-1",
      currency: "EUR",
      click_id: "no-such-click",
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ attribution: "none", partner: null, commissions: [] });
    const [daily] = await db.select().from(statsDaily).where(eq(statsDaily.programId, program.id));
    expect(daily).toMatchObject({ enrollmentId: null, leads: 1, revenue: 0n, commission: 0n });
  });

  it("answers the same request again with 200 and the first result, other data with 409", async () => {
    const { program, key } = await programWithKey();
    await addRule(program.id, { rateBps: 500 });
    const { enrollment } = await makePartner(program.id);
    const clickId = await addClick(await addLink(program.id, enrollment.id));
    const body = {
      type: "sale",
      external_id: "order-7",
      amount: 1000,
      currency: "EUR",
      click_id: clickId,
      metadata: { category: "books", items: 2 },
    };
    const first = await post(api, CONVERSIONS, key, body);
    expect(first.status).toBe(201);
    // Same data, other key order: still the same request.
    const reordered = `{"metadata":{"items":2,"category":"books"},"click_id":"${clickId}","currency":"EUR","amount":1000,"external_id":"order-7","type":"sale"}`;
    const again = await post(api, CONVERSIONS, key, reordered);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    const changed = await post(api, CONVERSIONS, key, { ...body, amount: 1001 });
    expect(changed.status).toBe(409);
    expect(changed.body.error?.code).toBe("conflict");
    // The same external id under another type is another conversion.
    const lead = await post(api, CONVERSIONS, key, { ...body, type: "lead", amount: undefined });
    expect(lead.status).toBe(201);
    expect(await writtenRows(program.id)).toMatchObject({ conversions: 2, ledger: 1 });
  });

  it("creates exactly one conversion and one set of commissions for 50 identical concurrent requests", async () => {
    const { program, key } = await programWithKey({ overrideBps: [1000] });
    await addRule(program.id, { rateBps: 1000 });
    const recruiter = await makePartner(program.id);
    const { enrollment } = await makePartner(program.id, { referredById: recruiter.enrollment.id });
    const clickId = await addClick(await addLink(program.id, enrollment.id));
    const body = {
      type: "sale",
      external_id: "order-race",
      amount: 10_000,
      currency: "EUR",
      click_id: clickId,
    };

    const replies = await Promise.all(
      Array.from({ length: 50 }, () => post(api, CONVERSIONS, key, body)),
    );

    const statuses = replies.map((reply) => reply.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(49);
    expect(new Set(replies.map((reply) => reply.body.id)).size).toBe(1);
    expect(await writtenRows(program.id)).toMatchObject({ conversions: 1, ledger: 2 });
    const [daily] = await db.select().from(statsDaily).where(eq(statsDaily.programId, program.id));
    expect(daily).toMatchObject({ sales: 1, revenue: 10_000n, commission: 1000n });
  });

  it("refuses a bad, missing or revoked key with 401 and writes nothing", async () => {
    const { program, key, ctx } = await programWithKey();
    const body = { type: "lead", external_id: "l-1", currency: "EUR" };
    for (const bad of [null, "rk_nope", `rk_${"A".repeat(43)}`]) {
      const reply = await post(api, CONVERSIONS, bad, body);
      expect(reply.status).toBe(401);
      expect(reply.body.error?.code).toBe("unauthorized");
    }
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.programId, program.id));
    await revokeApiKey(ctx, { apiKeyId: row!.id });
    expect((await post(api, CONVERSIONS, key, body)).status).toBe(401);
    expect(await writtenRows(program.id)).toEqual({ conversions: 0, ledger: 0, refunds: 0 });
  });

  it("answers 422 with field messages and writes nothing", async () => {
    const { program, key } = await programWithKey();
    const missing = await post(api, CONVERSIONS, key, {
      type: "sale",
      external_id: "",
      currency: "EUR",
    });
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({
      code: "invalid_request",
      fields: { amount: "is required for a sale", external_id: expect.any(String) },
    });

    const unknown = await post(api, CONVERSIONS, key, {
      type: "lead",
      external_id: "x",
      currency: "EUR",
      ammount: 3,
    });
    expect(unknown.body.error?.fields).toEqual({ ammount: "is not a known field" });

    const future = await post(api, CONVERSIONS, key, {
      type: "lead",
      external_id: "x",
      currency: "EUR",
      occurred_at: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.body.error?.fields).toEqual({ occurred_at: "is in the future" });

    const notJson = await post(api, CONVERSIONS, key, "{type: sale");
    expect(notJson.status).toBe(422);
    const array = await post(api, CONVERSIONS, key, "[]");
    expect(array.status).toBe(422);
    expect(await writtenRows(program.id)).toEqual({ conversions: 0, ledger: 0, refunds: 0 });
  });

  it("refuses a currency other than the program's with 422", async () => {
    const { program, key } = await programWithKey({ currency: "PLN" });
    const reply = await post(api, CONVERSIONS, key, {
      type: "sale",
      external_id: "o-1",
      amount: 100,
      currency: "EUR",
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error?.fields).toEqual({ currency: "must be PLN, the program's currency" });
    expect(await writtenRows(program.id)).toMatchObject({ conversions: 0 });
  });

  it("answers 413 to a body over 64 KiB, declared or streamed, and writes nothing", async () => {
    const { program, key } = await programWithKey();
    const big = JSON.stringify({
      type: "lead",
      external_id: "big",
      currency: "EUR",
      metadata: { blob: "x".repeat(70 * 1024) },
    });
    const declared = await post(api, CONVERSIONS, key, big);
    expect(declared.status).toBe(413);
    expect(declared.body.error?.code).toBe("payload_too_large");

    // Chunked, without a Content-Length: the server must stop reading and answer anyway.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${api.url}${CONVERSIONS}`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      const chunk = "x".repeat(16 * 1024);
      for (let sent = 0; sent < 80 * 1024; sent += chunk.length) req.write(chunk);
      // Never end the body: a server waiting for the end would hang the test.
    });
    expect(streamed).toBe(413);
    expect(await writtenRows(program.id)).toMatchObject({ conversions: 0 });
  });

  it("records the key's last use", async () => {
    const { program, key } = await programWithKey();
    await post(api, CONVERSIONS, key, { type: "install", external_id: "i-1", currency: "EUR" });
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.programId, program.id));
    expect(row?.lastUsedAt).toBeInstanceOf(Date);
  });

  it("never shows a stack trace", async () => {
    const { key } = await programWithKey();
    const reply = await post(api, CONVERSIONS, key, {
      type: "action",
      external_id: uniqueId("a"),
      currency: "EUR",
    });
    expect(reply.status).toBe(422);
    expect(JSON.stringify(reply.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
