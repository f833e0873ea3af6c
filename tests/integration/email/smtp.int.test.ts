/**
 * The send functions with SMTP_URL configured, against a real SMTP server started here: what
 * arrives (From, To, Subject, Message-ID, List-Unsubscribe, the link in the body), idempotency,
 * suppression, and the failures a real server produces — a refused recipient and a connection
 * cut in the middle of a message — which must end as "failed" rows that a retry sends once.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailTemplates } from "@emails/registry";
import { resetEnvForTests } from "~/env";
import { emails, emailSuppressions } from "~/server/db/schema/index";
import { sendBulk, sendEmail, type BulkEmail } from "~/server/email/send";
import { messageIdFor } from "~/server/email/smtp";
import {
  closeEmailTransports,
  describeEmailTransport,
  verifyEmailTransport,
} from "~/server/email/transport";
import { db } from "../../support/db";
import { freePort } from "../../support/free-port";
import { smtpTestServer } from "./smtp-server";

const smtp = smtpTestServer();
const FROM = "Rally <partners@rally.example>";
const props = emailTemplates.signIn.previewProps;
const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;
const rowOf = async (id: string) => (await db.select().from(emails).where(eq(emails.id, id)))[0];
let smtpUrl = "";

beforeAll(async () => {
  const port = await smtp.start();
  smtpUrl = `smtp://mailer:p%40ss%2Fword@localhost:${port}`;
  resetEnvForTests({ SMTP_URL: smtpUrl, EMAIL_FROM: FROM });
});
afterAll(async () => {
  closeEmailTransports();
  resetEnvForTests();
  await smtp.stop();
});
beforeEach(() => smtp.reset());

describe("sendEmail through SMTP", () => {
  it("delivers the message as rendered, signed in with the URL's credentials", async () => {
    const to = address("anna");
    const key = `test:${randomUUID()}`;
    const sent = await sendEmail(db, {
      to,
      template: "signIn",
      props,
      locale: "en",
      idempotencyKey: key,
    });
    expect(sent).toEqual({ id: sent.id, status: "sent", duplicate: false });
    const row = await rowOf(sent.id);
    expect(row).toMatchObject({ status: "sent", error: null, category: "transactional" });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.envelopeTo).toEqual([to]);
    expect(mail!.headers.get("from")).toBe(FROM);
    expect(mail!.headers.get("to")).toBe(to);
    expect(mail!.headers.get("subject")).toBe(row!.subject);
    // The key's Message-ID, recorded as the provider's id: a resend is the same message.
    expect(mail!.headers.get("message-id")).toBe(messageIdFor(key, FROM));
    expect(row!.providerId).toBe(messageIdFor(key, FROM));
    expect(mail!.headers.get("message-id")).toMatch(/^<[0-9a-f]{40}@rally\.example>$/);
    expect(mail!.body).toContain(props.url);
    expect(mail!.headers.has("list-unsubscribe")).toBe(false);
    // Percent-encoded credentials arrive decoded.
    expect(smtp.logins).toEqual([{ username: "mailer", password: "p@ss/word" }]);
  });

  it("sends a key once, however often it is sent", async () => {
    const message = {
      to: address("bruno"),
      template: "signIn" as const,
      props,
      locale: "en",
      idempotencyKey: `test:${randomUUID()}`,
    };
    const first = await sendEmail(db, message);
    const again = await sendEmail(db, message);
    expect(again).toEqual({ id: first.id, status: "sent", duplicate: true });
    expect(smtp.received).toHaveLength(1);
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
    expect(smtp.received).toHaveLength(0);
  });

  it("records a refused recipient as failed with the server's reason, and goes on sending", async () => {
    const to = address("nobody");
    smtp.refuse(to);
    const refused = await sendEmail(db, {
      to,
      template: "signIn",
      props,
      locale: "en",
      idempotencyKey: `test:${randomUUID()}`,
    });
    expect(refused).toMatchObject({ status: "failed", duplicate: false });
    const row = await rowOf(refused.id);
    expect(row).toMatchObject({ status: "failed", providerId: null });
    expect(row!.error).toMatch(/^the SMTP server refused the recipient: 550 .*mailbox unavailable/);
    expect(smtp.received).toHaveLength(0);

    // The pooled connection is still good for the next message.
    const next = await sendEmail(db, {
      to: address("clara"),
      template: "signIn",
      props,
      locale: "en",
    });
    expect(next.status).toBe("sent");
    expect(smtp.received).toHaveLength(1);
  });

  it("records a dropped connection as failed; a retry once the server is back sends it once", async () => {
    const to = address("dora");
    const key = `test:${randomUUID()}`;
    const message = { to, template: "signIn" as const, props, locale: "en", idempotencyKey: key };
    smtp.dropNext();
    const dropped = await sendEmail(db, message);
    expect(dropped).toMatchObject({ status: "failed", duplicate: false });
    const row = await rowOf(dropped.id);
    expect(row!.status).toBe("failed");
    expect(row!.error).toMatch(/^the connection to the SMTP server failed \(E[A-Z]+\): /);
    expect(smtp.received).toHaveLength(0);

    const retried = await sendEmail(db, message);
    expect(retried).toEqual({ id: dropped.id, status: "sent", duplicate: false });
    expect(await sendEmail(db, message)).toMatchObject({ status: "sent", duplicate: true });
    expect(smtp.received.map((mail) => mail.envelopeTo)).toEqual([[to]]);
    expect(smtp.received[0]!.headers.get("message-id")).toBe(messageIdFor(key, FROM));
    const rows = await db.select().from(emails).where(eq(emails.idempotencyKey, key));
    expect(rows.map((r) => [r.status, r.error])).toEqual([["sent", null]]);
  });
});

describe("sendBulk through SMTP", () => {
  it("delivers each message with its unsubscribe headers; only refused ones are retried", async () => {
    const run = randomUUID().slice(0, 8);
    const links = (n: number) => ({
      url: `http://localhost:3000/unsubscribe?token=${run}-${n}`,
      oneClickUrl: `http://localhost:3000/api/email/unsubscribe?token=${run}-${n}`,
    });
    const messages: BulkEmail[] = Array.from({ length: 30 }, (_, n) => ({
      to: `reader-${run}-${n}@example.com`,
      template: "signIn",
      props,
      locale: "en",
      idempotencyKey: `bulk:${run}:${n}`,
      unsubscribe: links(n),
    }));
    await db.insert(emailSuppressions).values({ email: messages[4]!.to, reason: "complaint" });
    smtp.refuse(messages[9]!.to);

    const results = await sendBulk(db, messages);
    expect(results[4]).toMatchObject({ status: "suppressed" });
    expect(results[9]).toMatchObject({ status: "failed", duplicate: false });
    expect(results.filter((r) => r.status === "sent")).toHaveLength(28);
    expect(smtp.received).toHaveLength(28);
    const byRecipient = new Map(smtp.received.map((mail) => [mail.envelopeTo[0], mail]));
    expect(byRecipient.has(messages[4]!.to)).toBe(false);
    const first = byRecipient.get(messages[0]!.to)!;
    expect(first.headers.get("list-unsubscribe")).toBe(`<${links(0).oneClickUrl}>`);
    expect(first.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(first.headers.get("message-id")).toBe(messageIdFor(messages[0]!.idempotencyKey, FROM));
    expect(first.body).toContain(props.url);
    const rows = await db
      .select()
      .from(emails)
      .where(
        inArray(
          emails.id,
          results.map((r) => r.emailId),
        ),
      );
    expect(rows.find((r) => r.to === messages[9]!.to)?.error).toMatch(/refused the recipient: 550/);
    expect(rows.filter((r) => r.status === "sent").every((r) => r.category === "bulk")).toBe(true);

    // Resumed after the recipient is accepted: the refused one goes out, nothing else again.
    smtp.accept(messages[9]!.to);
    smtp.received.length = 0;
    const resumed = await sendBulk(db, messages);
    expect(resumed[9]).toMatchObject({ status: "sent", duplicate: false });
    expect(resumed.filter((r) => r.duplicate)).toHaveLength(29);
    expect(smtp.received.map((mail) => mail.envelopeTo)).toEqual([[messages[9]!.to]]);
  });
});

describe("the configured transport", () => {
  it("is described without its credentials and verified by connecting", async () => {
    const described = describeEmailTransport();
    expect(described.kind).toBe("smtp");
    expect(described.detail).toContain(`localhost:${new URL(smtpUrl).port}`);
    expect(described.detail).not.toMatch(/mailer|p%40ss|p@ss/);
    await expect(verifyEmailTransport()).resolves.toMatchObject({ ok: true });
    expect(smtp.logins).toEqual([{ username: "mailer", password: "p@ss/word" }]);

    const nobody = `smtp://localhost:${await freePort()}`;
    const verdict = await verifyEmailTransport({ SMTP_URL: nobody });
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/connection to the SMTP server failed/);
  });
});
