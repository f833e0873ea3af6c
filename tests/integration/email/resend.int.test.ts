/**
 * The send function with Resend configured, against a local HTTP stand-in that checks what
 * it receives: auth, JSON shape, idempotency keys, batching, List-Unsubscribe headers, and
 * what happens when Resend fails and the send is retried.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailTemplates } from "@emails/registry";
import { emails, emailSuppressions } from "~/server/db/schema/index";
import { sendBulk, sendEmail, type BulkEmail } from "~/server/email/send";
import { db } from "../../support/db";
import { fakeResend } from "./fixtures";

const resend = fakeResend();
const props = emailTemplates.signIn.previewProps;
const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;
const links = (n: number) => ({
  url: `http://localhost:3000/unsubscribe?token=t${n}`,
  oneClickUrl: `http://localhost:3000/api/email/unsubscribe?token=t${n}`,
});

beforeAll(async () => {
  process.env.RESEND_BASE_URL = await resend.start();
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.EMAIL_FROM = "Rally <partners@rally.example>";
});
afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  await resend.stop();
});
beforeEach(() => resend.reset());

describe("sendEmail through Resend", () => {
  it("posts one message with the key as Idempotency-Key, and never sends a key twice", async () => {
    const to = address("anna");
    const key = `test:${randomUUID()}`;
    const first = await sendEmail(db, {
      to,
      template: "signIn",
      props,
      locale: "pl",
      idempotencyKey: key,
    });
    expect(first).toMatchObject({ status: "sent", duplicate: false });
    expect(resend.requests).toHaveLength(1);
    const [request] = resend.requests;
    expect(request).toMatchObject({
      method: "POST",
      path: "/emails",
      authorization: "Bearer re_test_key",
      idempotencyKey: key,
      body: { from: "Rally <partners@rally.example>", to, subject: expect.any(String) },
    });
    const body = request!.body as Record<string, unknown>;
    expect(body.html).toContain('lang="pl"');
    expect(body.text).toContain(props.url);
    // Transactional mail carries no unsubscribe headers.
    expect(body.headers).toBeUndefined();
    const [row] = await db.select().from(emails).where(eq(emails.id, first.id));
    expect(row).toMatchObject({ status: "sent", error: null, category: "transactional" });
    expect(row?.providerId).toMatch(/^re_\d+$/);

    const again = await sendEmail(db, {
      to,
      template: "signIn",
      props,
      locale: "pl",
      idempotencyKey: key,
    });
    expect(again).toEqual({ id: first.id, status: "sent", duplicate: true });
    expect(resend.requests).toHaveLength(1);
  });

  it("records Resend's failure, and a retry with the same key sends it once", async () => {
    const to = address("bruno");
    const key = `test:${randomUUID()}`;
    const message = { to, template: "signIn" as const, props, locale: "en", idempotencyKey: key };
    resend.failNext();
    const failed = await sendEmail(db, message);
    expect(failed).toMatchObject({ status: "failed", duplicate: false });
    const [row] = await db.select().from(emails).where(eq(emails.id, failed.id));
    expect(row).toMatchObject({ status: "failed", error: "Resend is down", providerId: null });

    const retried = await sendEmail(db, message);
    expect(retried).toEqual({ id: failed.id, status: "sent", duplicate: false });
    expect(resend.requests.map((r) => r.idempotencyKey)).toEqual([key, key]);
    expect(resend.delivered).toEqual([to]);
    const rows = await db.select().from(emails).where(eq(emails.idempotencyKey, key));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "sent", error: null });
  });

  it("sends nothing to a suppressed address", async () => {
    const to = address("gone");
    await db.insert(emailSuppressions).values({ email: to, reason: "hard_bounce" });
    const sent = await sendEmail(db, {
      to: to.toUpperCase(),
      template: "signIn",
      props,
      locale: "en",
    });
    expect(sent.status).toBe("suppressed");
    expect(resend.requests).toHaveLength(0);
  });
});

describe("sendBulk through Resend", () => {
  const bulk = (run: string, count: number): BulkEmail[] =>
    Array.from({ length: count }, (_, n) => ({
      to: `reader-${run}-${n}@example.com`,
      template: "signIn",
      props,
      locale: ["en", "pl", "ru"][n % 3]!,
      idempotencyKey: `bulk:${run}:${n}`,
      unsubscribe: links(n),
    }));

  it("posts 250 messages as three batches of at most 100, each item with its headers", async () => {
    const run = randomUUID().slice(0, 8);
    const messages = bulk(run, 250);
    await db.insert(emailSuppressions).values({ email: messages[7]!.to, reason: "complaint" });

    const results = await sendBulk(db, messages);
    const batches = resend.requests;
    expect(batches.map((r) => r.path)).toEqual(["/emails/batch", "/emails/batch", "/emails/batch"]);
    expect(batches.map((r) => (r.body as unknown[]).length)).toEqual([99, 100, 50]);
    for (const request of batches) {
      expect(request.authorization).toBe("Bearer re_test_key");
      expect(request.idempotencyKey).toMatch(/^batch:[0-9a-f]{64}$/);
    }
    expect(new Set(batches.map((r) => r.idempotencyKey)).size).toBe(3);
    const items = batches.flatMap((r) => r.body as Record<string, unknown>[]);
    const first = items.find((item) => item.to === messages[0]!.to);
    expect(first).toMatchObject({
      from: "Rally <partners@rally.example>",
      subject: expect.any(String),
      html: expect.stringContaining('lang="en"'),
      text: expect.any(String),
      headers: {
        "List-Unsubscribe": `<${links(0).oneClickUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    expect(items.map((item) => item.to)).not.toContain(messages[7]!.to);
    expect(resend.delivered).toHaveLength(249);

    expect(results.map((r) => r.idempotencyKey)).toEqual(messages.map((m) => m.idempotencyKey));
    expect(results[7]).toMatchObject({ status: "suppressed", duplicate: false });
    expect(results.filter((r) => r.status === "sent")).toHaveLength(249);
    const rows = await db
      .select()
      .from(emails)
      .where(
        inArray(
          emails.id,
          results.map((r) => r.emailId),
        ),
      );
    expect(rows).toHaveLength(250);
    for (const row of rows.filter((r) => r.status === "sent")) {
      expect(row.category).toBe("bulk");
      expect(row.providerId).toMatch(/^re_\d+$/);
      expect(row.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    }
    expect(new Set(rows.map((r) => r.providerId)).size).toBe(250);

    // Resumed after the fact: nothing is posted again.
    resend.reset();
    const again = await sendBulk(db, messages);
    expect(resend.requests).toHaveLength(0);
    expect(again.every((r) => r.duplicate)).toBe(true);
    expect(again.map((r) => r.emailId)).toEqual(results.map((r) => r.emailId));
  });

  it("marks a refused batch failed and retries it under the same batch key", async () => {
    const run = randomUUID().slice(0, 8);
    const messages = bulk(run, 30);
    resend.failNext();
    const failed = await sendBulk(db, messages);
    expect(failed.every((r) => r.status === "failed")).toBe(true);
    const rows = await db
      .select({ status: emails.status, error: emails.error })
      .from(emails)
      .where(
        inArray(
          emails.id,
          failed.map((r) => r.emailId),
        ),
      );
    expect(rows.every((row) => row.status === "failed" && row.error === "Resend is down")).toBe(
      true,
    );

    const retried = await sendBulk(db, [...messages].reverse());
    expect(retried.every((r) => r.status === "sent" && !r.duplicate)).toBe(true);
    expect(resend.requests).toHaveLength(2);
    expect(resend.requests[1]!.idempotencyKey).toBe(resend.requests[0]!.idempotencyKey);
    expect(resend.delivered).toHaveLength(30);
    expect(new Set(retried.map((r) => r.emailId))).toEqual(new Set(failed.map((r) => r.emailId)));
  });
});
