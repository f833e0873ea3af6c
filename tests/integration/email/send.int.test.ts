/**
 * The one send function without Resend (the local outbox): idempotency keys, categories and
 * their headers, the suppression list, and sendBulk's per-message results.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailTemplates } from "@emails/registry";
import { emails, emailSuppressions } from "~/server/db/schema/index";
import { sendBulk, sendEmail, type BulkEmail } from "~/server/email/send";
import { db } from "../../support/db";

const props = emailTemplates.signIn.previewProps;
const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;
const links = {
  url: "http://localhost:3000/unsubscribe?token=t",
  oneClickUrl: "http://localhost:3000/api/email/unsubscribe?token=t",
};
const rowOf = async (id: string) => (await db.select().from(emails).where(eq(emails.id, id)))[0];

beforeAll(() => {
  delete process.env.RESEND_API_KEY;
});

describe("sendEmail to the outbox", () => {
  it("keeps today's call shape: a transactional outbox row in the recipient's language", async () => {
    const to = address("anna");
    const sent = await sendEmail(db, { to, template: "signIn", props, locale: "ru" });
    expect(sent).toMatchObject({ status: "outbox", duplicate: false });
    expect(await rowOf(sent.id)).toMatchObject({
      to,
      template: "signIn",
      locale: "ru",
      status: "outbox",
      category: "transactional",
      headers: {},
      idempotencyKey: null,
      error: null,
    });
    // Without a key every call is a new message.
    const second = await sendEmail(db, { to, template: "signIn", props, locale: "xx" });
    expect(second.id).not.toBe(sent.id);
    expect((await rowOf(second.id))?.locale).toBe("en");
  });

  it("writes one row per idempotency key, even for concurrent sends", async () => {
    const to = address("bruno");
    const key = `test:${randomUUID()}`;
    const message = { to, template: "signIn" as const, props, locale: "en", idempotencyKey: key };
    const results = await Promise.all(Array.from({ length: 5 }, () => sendEmail(db, message)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const again = await sendEmail(db, message);
    expect(again).toEqual({ id: results[0]!.id, status: "outbox", duplicate: true });
    const rows = await db.select().from(emails).where(eq(emails.idempotencyKey, key));
    expect(rows).toHaveLength(1);
  });

  it("puts List-Unsubscribe headers on bulk mail only", async () => {
    const bulk = await sendEmail(db, {
      to: address("carla"),
      template: "signIn",
      props,
      locale: "en",
      category: "bulk",
      unsubscribe: links,
    });
    expect(await rowOf(bulk.id)).toMatchObject({
      category: "bulk",
      headers: {
        "List-Unsubscribe": `<${links.oneClickUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    const transactional = await sendEmail(db, {
      to: address("dora"),
      template: "signIn",
      props,
      locale: "en",
      unsubscribe: links,
    });
    expect(await rowOf(transactional.id)).toMatchObject({
      category: "transactional",
      headers: {},
    });
  });

  it("records a suppressed address (any letter case) as suppressed and delivers nothing", async () => {
    const to = address("gone");
    await db.insert(emailSuppressions).values({ email: to, reason: "complaint" });
    const key = `test:${randomUUID()}`;
    const sent = await sendEmail(db, {
      to: to.replace("gone", "GONE"),
      template: "signIn",
      props,
      locale: "en",
      idempotencyKey: key,
    });
    expect(sent).toMatchObject({ status: "suppressed", duplicate: false });
    expect((await rowOf(sent.id))?.status).toBe("suppressed");
    const outbox = await db
      .select()
      .from(emails)
      .where(eq(emails.to, to.replace("gone", "GONE")));
    expect(outbox.map((row) => row.status)).toEqual(["suppressed"]);
  });
});

describe("sendBulk to the outbox", () => {
  it("answers per message in order, drops suppressed ones, and skips keys already sent", async () => {
    const run = randomUUID().slice(0, 8);
    const messages: BulkEmail[] = Array.from({ length: 120 }, (_, n) => ({
      to: `bulk-${run}-${n}@example.com`,
      template: "signIn",
      props,
      locale: "pl",
      idempotencyKey: `bulk:${run}:${n}`,
      unsubscribe: links,
    }));
    await db.insert(emailSuppressions).values({ email: messages[3]!.to, reason: "hard_bounce" });
    // The same key twice in one call is one message.
    const results = await sendBulk(db, [...messages, messages[0]!]);
    expect(results).toHaveLength(121);
    expect(results.slice(0, 120).map((r) => r.idempotencyKey)).toEqual(
      messages.map((m) => m.idempotencyKey),
    );
    expect(results[120]).toEqual(results[0]);
    expect(results[3]).toMatchObject({ status: "suppressed", duplicate: false });
    expect(results.filter((r) => r.status === "outbox")).toHaveLength(120);
    const rows = await db
      .select()
      .from(emails)
      .where(
        inArray(
          emails.idempotencyKey,
          messages.map((m) => m.idempotencyKey),
        ),
      );
    expect(rows).toHaveLength(120);
    expect(rows.every((row) => row.category === "bulk" && row.locale === "pl")).toBe(true);
    expect(rows.find((row) => row.to === messages[5]!.to)?.headers).toMatchObject({
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });

    const resumed = await sendBulk(db, messages.slice(100));
    expect(resumed.every((r) => r.duplicate)).toBe(true);
    expect(resumed.map((r) => r.emailId)).toEqual(results.slice(100, 120).map((r) => r.emailId));
  });

  it("sends nothing for an empty list", async () => {
    await expect(sendBulk(db, [])).resolves.toEqual([]);
  });
});
