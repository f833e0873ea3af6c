/**
 * Outbound webhooks end to end: events enqueued by the transactions that make the changes
 * (conversion, approval, payout), delivered signed to a real local HTTP receiver, retried with
 * backoff, resent by hand; the manager's procedures (checked URLs, secrets shown once, audited
 * changes, the delivery log) refused to anyone else; and the real worker (pg-boss) sending on
 * its own. One file on purpose: the worker's dispatcher claims every due delivery in the
 * database, so no other webhook test may run beside it.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "~/server/db/client";
import { auditLog, conversions, webhookDeliveries } from "~/server/db/schema/index";
import { startWorker } from "~/server/jobs/worker";
import { DEMO_WEBHOOK_URL, seedDemoWebhooks } from "~/server/seed/demo-webhooks";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import { approveDueEntries } from "~/server/services/ledger/approve-due";
import { MAX_ATTEMPTS } from "~/server/services/webhooks/backoff";
import { createWebhookEndpoint } from "~/server/services/webhooks/create-endpoint";
import { deliverWebhook } from "~/server/services/webhooks/deliver";
import { claimDueDeliveries } from "~/server/services/webhooks/dispatch";
import { enqueueWebhookEvents } from "~/server/services/webhooks/enqueue";
import { MAX_ENDPOINTS } from "~/server/services/webhooks/endpoint-input";
import { verifySignature } from "~/server/tracking/signature";
import { clientError } from "../../support/client-error";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { insertApproved, insertEntry, setPayoutThreshold, VALID_IBAN } from "../../support/ledger";
import { deliveriesOf, shop, startReceiver, type Receiver } from "./fixtures";

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

const nowSeconds = () => Math.floor(Date.now() / 1000);
const middle = () => 0.5;
const production = { policy: { allowLocal: false } };

async function auditActions(programId: string) {
  const rows = await db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.programId, programId))
    .orderBy(auditLog.id);
  return rows.map((row) => row.action).filter((action) => action.startsWith("webhook"));
}

describe("conversion.created", () => {
  it("is enqueued with the conversion and delivered signed, with the event headers", async () => {
    const { program, endpoint, sale, asManager } = await shop();
    const subscribed = await endpoint(receiver.url);
    const payoutsOnly = await endpoint(receiver.url, ["payout.paid"]);
    const disabled = await endpoint(receiver.url);
    await asManager.manage.webhooks.setDisabled({
      programId: program.id,
      endpointId: disabled.id,
      disabled: true,
    });

    const recorded = await sale();
    const [delivery, ...more] = await deliveriesOf(subscribed.id);
    expect(more).toHaveLength(0);
    expect(delivery).toMatchObject({
      event: "conversion.created",
      eventId: `conversion.created:${recorded.conversion.id}`,
      status: "pending",
      attempts: 0,
    });
    expect(await deliveriesOf(payoutsOnly.id)).toHaveLength(0);
    expect(await deliveriesOf(disabled.id)).toHaveLength(0);

    const before = receiver.requests.length;
    await expect(deliverWebhook(db, delivery!.id)).resolves.toBe("succeeded");
    expect(receiver.requests).toHaveLength(before + 1);
    const request = receiver.requests.at(-1)!;
    expect(request.headers).toMatchObject({
      "content-type": "application/json",
      "user-agent": "Rally-Webhooks/1",
      "rally-event": "conversion.created",
      "rally-event-id": delivery!.eventId,
    });
    const signature = request.headers["rally-signature"] as string;
    expect(verifySignature(signature, request.body, [subscribed.secret], nowSeconds())).toEqual({
      ok: true,
    });
    expect(verifySignature(signature, request.body, [payoutsOnly.secret], nowSeconds())).toEqual({
      ok: false,
      reason: "mismatch",
    });
    const body = JSON.parse(request.body);
    expect(Object.keys(body)).toEqual(["id", "type", "created_at", "program", "data"]);
    expect(body).toMatchObject({
      id: delivery!.eventId,
      type: "conversion.created",
      program: { id: program.id, slug: program.slug },
      data: {
        conversion: {
          id: recorded.conversion.id,
          amount: 10_000,
          currency: "EUR",
          commissions: [{ level: 0, amount: 1_000, status: "pending" }],
        },
      },
    });
    // Exactly the conversion as the API answers it.
    expect(body.data).toEqual({ conversion: recorded.conversion });
    expect(new Date(body.created_at).toISOString()).toBe(body.created_at);

    const [stored] = await deliveriesOf(subscribed.id);
    expect(stored).toMatchObject({
      status: "succeeded",
      attempts: 1,
      responseStatus: 200,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(stored!.deliveredAt).toBeInstanceOf(Date);
    // Already delivered: a stray second job sends nothing.
    await expect(deliverWebhook(db, delivery!.id)).resolves.toBe("skipped");
    expect(receiver.requests).toHaveLength(before + 1);
  });

  it("is not enqueued twice when the same conversion is replayed", async () => {
    const { program, endpoint, input } = await shop();
    const hook = await endpoint(receiver.url);
    const order = await input();
    const first = await recordConversion({ db, program }, order);
    const again = await recordConversion({ db, program }, order);
    expect(again.created).toBe(false);
    expect(again.conversion.id).toBe(first.conversion.id);
    expect(await deliveriesOf(hook.id)).toHaveLength(1);

    // The same event enqueued again (a retried job, say) is still one delivery.
    const event = {
      programId: program.id,
      type: "conversion.created" as const,
      subjectId: first.conversion.id,
      data: { conversion: first.conversion },
    };
    await db.transaction((tx) => enqueueWebhookEvents(tx, [event, event]));
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
  });

  it("leaves no delivery when the transaction rolls back", async () => {
    const { program, endpoint, input } = await shop();
    const hook = await endpoint(receiver.url);
    const order = await input();
    let insideTransaction = -1;
    await expect(
      db.transaction(async (tx) => {
        // The real conversion path, inside a transaction that then fails.
        await recordConversion({ db: tx as unknown as Db, program }, order);
        insideTransaction = (
          await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, hook.id))
        ).length;
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(insideTransaction).toBe(1);
    expect(await deliveriesOf(hook.id)).toHaveLength(0);
    const stored = await db
      .select()
      .from(conversions)
      .where(
        and(eq(conversions.programId, program.id), eq(conversions.externalId, order.external_id)),
      );
    expect(stored).toHaveLength(0);
  });

  it("writes nothing for a program without endpoints", async () => {
    const { program, sale } = await shop();
    await sale();
    const rows = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.programId, program.id));
    expect(rows).toHaveLength(0);
  });
});

describe("retries", () => {
  it("retries a failed attempt with backoff, then succeeds", async () => {
    const { endpoint, sale } = await shop();
    const hook = await endpoint(receiver.url);
    await sale();
    const [delivery] = await deliveriesOf(hook.id);
    receiver.answer(500);

    const failedAt = new Date();
    await expect(
      deliverWebhook(db, delivery!.id, { now: () => failedAt, random: middle }),
    ).resolves.toBe("retrying");
    const [failed] = await deliveriesOf(hook.id);
    expect(failed).toMatchObject({
      status: "pending",
      attempts: 1,
      responseStatus: 500,
      lastError: "HTTP 500: receiver is down",
      deliveredAt: null,
    });
    expect(failed!.nextAttemptAt!.getTime()).toBe(failedAt.getTime() + 30_000);

    // Not due yet; due once the backoff has passed.
    expect(
      await claimDueDeliveries(db, { now: new Date(failedAt.getTime() + 29_000) }),
    ).not.toContain(delivery!.id);
    expect(await claimDueDeliveries(db, { now: new Date(failedAt.getTime() + 31_000) })).toContain(
      delivery!.id,
    );
    await expect(deliverWebhook(db, delivery!.id)).resolves.toBe("succeeded");
    const [done] = await deliveriesOf(hook.id);
    expect(done).toMatchObject({
      status: "succeeded",
      attempts: 2,
      responseStatus: 200,
      lastError: null,
    });
  });

  it("gives up after the last attempt; a manager's resend sends it once more, audited", async () => {
    const { program, endpoint, sale, asManager } = await shop();
    const hook = await endpoint(receiver.url);
    await sale();
    const [delivery] = await deliveriesOf(hook.id);
    await db
      .update(webhookDeliveries)
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where(eq(webhookDeliveries.id, delivery!.id));
    receiver.answer(503);
    await expect(deliverWebhook(db, delivery!.id)).resolves.toBe("failed");
    const [failed] = await deliveriesOf(hook.id);
    expect(failed).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, nextAttemptAt: null });
    // A failed delivery is never claimed again on its own.
    expect(await claimDueDeliveries(db, { now: new Date(Date.now() + 86_400_000) })).not.toContain(
      delivery!.id,
    );

    await expect(
      asManager.manage.webhooks.resend({ programId: program.id, deliveryId: delivery!.id }),
    ).resolves.toEqual({ status: "pending" });
    expect(await claimDueDeliveries(db)).toContain(delivery!.id);
    await expect(deliverWebhook(db, delivery!.id)).resolves.toBe("succeeded");
    const [resent] = await deliveriesOf(hook.id);
    expect(resent).toMatchObject({ status: "succeeded", attempts: MAX_ATTEMPTS + 1 });
    const audit = await asManager.manage.audit.list({ programId: program.id });
    expect(audit.items[0]).toMatchObject({
      action: "webhookDelivery.resent",
      targetId: delivery!.id,
      data: { previousStatus: "failed" },
    });
  });

  it("records a receiver that cannot be reached, and does not follow redirects", async () => {
    const { endpoint, sale } = await shop();
    const closed = await startReceiver();
    await closed.close();
    const hook = await endpoint(closed.url);
    await sale();
    const [delivery] = await deliveriesOf(hook.id);
    await expect(deliverWebhook(db, delivery!.id)).resolves.toBe("retrying");
    const [failed] = await deliveriesOf(hook.id);
    expect(failed).toMatchObject({ attempts: 1, responseStatus: null });
    expect(failed!.lastError).toMatch(/ECONNREFUSED/);

    const moved = await shop();
    const redirected = await moved.endpoint(receiver.url);
    await moved.sale();
    const [next] = await deliveriesOf(redirected.id);
    receiver.answer(301);
    await expect(deliverWebhook(db, next!.id)).resolves.toBe("retrying");
    const [after] = await deliveriesOf(redirected.id);
    expect(after).toMatchObject({ responseStatus: 301 });
    expect(after!.lastError).toMatch(/^HTTP 301 \(redirect not followed\)/);
  });
});

describe("disabled endpoints", () => {
  it("get no new events, and their waiting deliveries are held until enabled", async () => {
    const { program, endpoint, sale, asManager } = await shop();
    const hook = await endpoint(receiver.url);
    await sale();
    const [waiting] = await deliveriesOf(hook.id);
    const toggle = (disabled: boolean) =>
      asManager.manage.webhooks.setDisabled({
        programId: program.id,
        endpointId: hook.id,
        disabled,
      });
    await toggle(true);
    await sale();
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
    expect(await claimDueDeliveries(db)).not.toContain(waiting!.id);
    await expect(deliverWebhook(db, waiting!.id)).resolves.toBe("skipped");

    await toggle(false);
    expect(await claimDueDeliveries(db)).toContain(waiting!.id);
    await expect(deliverWebhook(db, waiting!.id)).resolves.toBe("succeeded");
  });
});

describe("commission.approved and payout.paid", () => {
  it("enqueues one event per approved ledger entry, in the approving statement", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makePartner(program.id);
    const base = { programId: program.id, enrollmentId: partner.enrollment.id };
    const hook = await callerFor(manager.id).manage.webhooks.create({
      programId: program.id,
      url: receiver.url,
      events: ["commission.approved"],
    });
    const entries = [await insertEntry({ ...base, amount: 700n }), await insertEntry(base)];
    await expect(approveDueEntries(db, new Date(), { programId: program.id })).resolves.toBe(2);
    const rows = await deliveriesOf(hook.id);
    expect(rows.map((row) => row.eventId).sort()).toEqual(
      entries.map((entry) => `commission.approved:${entry.id}`).sort(),
    );
    const seven = rows.find((row) => row.eventId.endsWith(entries[0]!.id));
    expect(seven!.payload).toMatchObject({
      type: "commission.approved",
      program: { id: program.id, slug: program.slug },
      data: {
        commission: {
          id: entries[0]!.id,
          kind: "commission",
          amount: 700,
          currency: "EUR",
          partner: partner.enrollment.id,
        },
      },
    });
    // Approving again approves nothing and enqueues nothing.
    await expect(approveDueEntries(db, new Date(), { programId: program.id })).resolves.toBe(0);
    expect(await deliveriesOf(hook.id)).toHaveLength(2);
  });

  it("enqueues payout.paid when a manager marks a payout paid", async () => {
    const { program, manager } = await makeProgram();
    await setPayoutThreshold(program.id, 1_000n);
    const partner = await makePartner(program.id);
    const asManager = callerFor(manager.id);
    const hook = await asManager.manage.webhooks.create({
      programId: program.id,
      url: receiver.url,
      events: ["payout.paid", "commission.approved"],
    });
    await insertApproved({
      programId: program.id,
      enrollmentId: partner.enrollment.id,
      amount: 2_500n,
    });
    const asPartner = callerFor(partner.user.id);
    await asPartner.partner.payouts.saveDetails({
      method: "iban",
      accountHolder: "Anna Nowak",
      iban: VALID_IBAN,
    });
    const payout = await asPartner.partner.payouts.request({ programId: program.id });
    await asManager.manage.payouts.markPaid({
      programId: program.id,
      payoutId: payout.id,
      reference: "SEPA-7",
    });

    const rows = await deliveriesOf(hook.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event: "payout.paid", eventId: `payout.paid:${payout.id}` });
    expect(rows[0]!.payload).toMatchObject({
      data: {
        payout: {
          id: payout.id,
          amount: 2_500,
          currency: "EUR",
          reference: "SEPA-7",
          method: "iban",
        },
      },
    });
    expect(JSON.stringify(rows[0]!.payload)).not.toContain("PL61");
  });
});

describe("endpoints", () => {
  it("shows the secret once, lists endpoints without it and audits every change", async () => {
    const { program, asManager } = await shop();
    const programId = program.id;
    const created = await asManager.manage.webhooks.create({
      programId,
      url: receiver.url,
      description: "CRM",
      events: ["payout.paid", "conversion.created", "payout.paid"],
    });
    expect(created.secret).toMatch(/^whsec_/);
    const listed = await asManager.manage.webhooks.endpoints({ programId });
    expect(listed.eventTypes).toEqual(["conversion.created", "commission.approved", "payout.paid"]);
    expect(listed.endpoints).toEqual([
      expect.objectContaining({
        id: created.id,
        url: receiver.url,
        description: "CRM",
        events: ["conversion.created", "payout.paid"],
        disabledAt: null,
        lastStatus: null,
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    await expect(
      asManager.manage.webhooks.update({
        programId,
        endpointId: created.id,
        events: ["commission.approved"],
        description: "CRM (approvals)",
      }),
    ).resolves.toMatchObject({ events: ["commission.approved"], description: "CRM (approvals)" });
    await asManager.manage.webhooks.setDisabled({
      programId,
      endpointId: created.id,
      disabled: true,
    });
    await asManager.manage.webhooks.setDisabled({
      programId,
      endpointId: created.id,
      disabled: true,
    });
    await asManager.manage.webhooks.setDisabled({
      programId,
      endpointId: created.id,
      disabled: false,
    });
    const rotated = await asManager.manage.webhooks.rotateSecret({
      programId,
      endpointId: created.id,
    });
    expect(rotated.secret).not.toBe(created.secret);
    await asManager.manage.webhooks.delete({ programId, endpointId: created.id });
    await expect(asManager.manage.webhooks.endpoints({ programId })).resolves.toMatchObject({
      endpoints: [],
    });
    expect(await auditActions(programId)).toEqual([
      "webhookEndpoint.created",
      "webhookEndpoint.updated",
      "webhookEndpoint.disabled",
      "webhookEndpoint.enabled",
      "webhookEndpoint.secretRotated",
      "webhookEndpoint.deleted",
    ]);
  });

  it("signs deliveries with the rotated secret from then on", async () => {
    const { program, asManager, endpoint, sale } = await shop();
    const hook = await endpoint(receiver.url);
    await sale();
    const { secret } = await asManager.manage.webhooks.rotateSecret({
      programId: program.id,
      endpointId: hook.id,
    });
    const [delivery] = await deliveriesOf(hook.id);
    await expect(deliverWebhook(db, delivery!.id)).resolves.toBe("succeeded");
    const request = receiver.requests.at(-1)!;
    const header = request.headers["rally-signature"] as string;
    const now = Math.floor(Date.now() / 1000);
    expect(verifySignature(header, request.body, [secret], now)).toEqual({ ok: true });
    expect(verifySignature(header, request.body, [hook.secret], now).ok).toBe(false);
  });

  it("refuses addresses that are not https or not public, with a translated message", async () => {
    const { program, asManager, ctx } = await shop();
    const refused = await clientError(
      asManager.manage.webhooks.create({
        programId: program.id,
        url: "http://shop.example.com/hooks",
        events: ["conversion.created"],
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/https/);
    const inPolish = await clientError(
      callerFor(ctx.userId, "pl").manage.webhooks.create({
        programId: program.id,
        url: "ftp://shop.example.com/",
        events: ["conversion.created"],
      }),
      "pl",
    );
    expect(inPolish.message).not.toBe(refused.message);

    for (const [url, key] of [
      ["http://localhost:4000/hook", "webhookUrl.https"],
      ["https://127.0.0.1/hook", "webhookUrl.private"],
      ["https://169.254.169.254/latest", "webhookUrl.private"],
      ["https://[::1]/hook", "webhookUrl.private"],
      ["https://rally-nowhere.invalid/hook", "webhookUrl.unresolved"],
    ] as const) {
      await expect(
        createWebhookEndpoint(ctx, { url, events: ["conversion.created"] }, production),
        url,
      ).rejects.toMatchObject({ key });
    }
    const empty = await clientError(
      asManager.manage.webhooks.create({ programId: program.id, url: receiver.url, events: [] }),
    );
    expect(empty.fieldErrors).toHaveProperty("events");
    expect(await auditActions(program.id)).toEqual([]);
  });

  it(`allows at most ${MAX_ENDPOINTS} endpoints per program`, async () => {
    const { program, endpoint, asManager } = await shop();
    for (let i = 0; i < MAX_ENDPOINTS; i++) await endpoint(`${receiver.url}?n=${i}`);
    const refused = await clientError(
      asManager.manage.webhooks.create({
        programId: program.id,
        url: receiver.url,
        events: ["conversion.created"],
      }),
    );
    expect(refused.code).toBe("CONFLICT");
  });
});

describe("the delivery log", () => {
  it("pages newest first and filters by endpoint and status", async () => {
    const { program, asManager, endpoint, sale } = await shop();
    const first = await endpoint(receiver.url);
    const second = await endpoint(`${receiver.url}?second`);
    for (let i = 0; i < 3; i++) await sale();
    const programId = program.id;

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await asManager.manage.webhooks.deliveries({ programId, limit: 4, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);

    const [one] = await deliveriesOf(first.id);
    await deliverWebhook(db, one!.id);
    const succeeded = await asManager.manage.webhooks.deliveries({
      programId,
      status: "succeeded",
    });
    expect(succeeded.items.map((item) => item.id)).toEqual([one!.id]);
    expect(succeeded.items[0]).toMatchObject({
      endpointUrl: receiver.url,
      event: "conversion.created",
    });
    const ofSecond = await asManager.manage.webhooks.deliveries({
      programId,
      endpointId: second.id,
    });
    expect(ofSecond.items).toHaveLength(3);
    expect(ofSecond.items.every((item) => item.endpointId === second.id)).toBe(true);
    const pending = await asManager.manage.webhooks.deliveries({
      programId,
      endpointId: first.id,
      status: "pending",
    });
    expect(pending.items).toHaveLength(2);
  });
});

describe("access", () => {
  it("refuses every procedure to other programs' managers and to partners", async () => {
    const { program, endpoint, sale, partner, asManager } = await shop();
    const hook = await endpoint(receiver.url);
    await sale();
    const [delivery] = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, hook.id));
    const other = await makeProgram();
    const stranger = callerFor(other.manager.id);
    const asPartner = callerFor(partner.user.id);
    const someoneElse = callerFor((await makePartner(other.program.id)).user.id);

    const calls = (caller: ReturnType<typeof callerFor>, programId: string) => [
      () => caller.manage.webhooks.endpoints({ programId }),
      () =>
        caller.manage.webhooks.create({ programId, url: receiver.url, events: ["payout.paid"] }),
      () =>
        caller.manage.webhooks.update({ programId, endpointId: hook.id, description: "mine now" }),
      () => caller.manage.webhooks.setDisabled({ programId, endpointId: hook.id, disabled: true }),
      () => caller.manage.webhooks.rotateSecret({ programId, endpointId: hook.id }),
      () => caller.manage.webhooks.delete({ programId, endpointId: hook.id }),
      () => caller.manage.webhooks.deliveries({ programId }),
      () => caller.manage.webhooks.resend({ programId, deliveryId: delivery!.id }),
    ];
    // Naming the victim's program, as a stranger, a partner of it, or nobody's manager.
    for (const caller of [stranger, asPartner, someoneElse]) {
      for (const call of calls(caller, program.id)) {
        const refused = await clientError(call());
        expect(["NOT_FOUND", "FORBIDDEN"]).toContain(refused.code);
      }
    }
    // Their own program, with the victim's endpoint and delivery ids.
    const own = calls(stranger, other.program.id);
    for (const call of [own[2]!, own[3]!, own[4]!, own[5]!, own[7]!]) {
      await expect(clientError(call())).resolves.toMatchObject({ code: "NOT_FOUND" });
    }
    const theirs = await stranger.manage.webhooks.deliveries({
      programId: other.program.id,
      endpointId: hook.id,
    });
    expect(theirs.items).toEqual([]);
    // Nothing changed.
    const [unchanged] = await deliveriesOf(hook.id);
    expect(unchanged).toMatchObject({ status: "pending", attempts: 0 });
    const listed = await asManager.manage.webhooks.endpoints({ programId: program.id });
    expect(listed.endpoints).toEqual([
      expect.objectContaining({ id: hook.id, description: "shop backend", disabledAt: null }),
    ]);
    expect(await auditActions(program.id)).toEqual(["webhookEndpoint.created"]);
  });
});

describe("the demo seed", () => {
  it("adds one paused endpoint with a short log of real events, once", async () => {
    const { program, sale, asManager } = await shop();
    await sale();
    await sale();
    const seeded = await seedDemoWebhooks(db, { programId: program.id });
    expect(seeded.deliveries).toBe(2);
    await expect(seedDemoWebhooks(db, { programId: program.id })).resolves.toEqual({
      endpointId: seeded.endpointId,
      deliveries: 0,
    });
    const { endpoints } = await asManager.manage.webhooks.endpoints({ programId: program.id });
    expect(endpoints).toEqual([
      expect.objectContaining({ url: DEMO_WEBHOOK_URL, disabledAt: expect.any(Date) }),
    ]);
    const log = await asManager.manage.webhooks.deliveries({ programId: program.id });
    expect(log.items.map((item) => item.status)).toEqual(["failed", "succeeded"]);
    expect(log.items[0]!.payload).toMatchObject({
      type: "conversion.created",
      data: { conversion: { amount: 10_000, currency: "EUR" } },
    });
  });
});

describe("the worker", () => {
  it("dispatches due deliveries to its queue and delivers them on its own", async () => {
    const worker = await startWorker({
      url: inject("databaseUrl"),
      schedules: false,
      dispatchWebhooks: true,
      log: () => {},
    });
    try {
      const { endpoint, sale } = await shop();
      const hook = await endpoint(receiver.url);
      const recorded = await sale();
      const deadline = Date.now() + 20_000;
      let rows = await deliveriesOf(hook.id);
      while (rows[0]?.status !== "succeeded" && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        rows = await deliveriesOf(hook.id);
      }
      expect(rows[0]).toMatchObject({ status: "succeeded", attempts: 1 });
      expect(
        receiver.requests.some(
          (request) =>
            request.headers["rally-event-id"] === `conversion.created:${recorded.conversion.id}`,
        ),
      ).toBe(true);
    } finally {
      await worker.stop();
    }
  });
});
