/** Resend's delivery webhooks: signature checked, events recorded once, bad addresses suppressed. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailTemplates } from "@emails/registry";
import { emails, emailSuppressions } from "~/server/db/schema/index";
import { sendEmail } from "~/server/email/send";
import { handleResendWebhook } from "~/server/email/webhook-http";
import { svixSignature } from "~/server/email/webhook-signature";
import { db } from "../../support/db";

const secret = `whsec_${Buffer.from("rally-webhook-test-key-0123456789").toString("base64")}`;
const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

async function sentEmail(to: string) {
  const providerId = `re_${randomUUID()}`;
  const [row] = await db
    .insert(emails)
    .values({
      to,
      subject: "Hello",
      html: "<p>Hi</p>",
      text: "Hi",
      template: "signIn",
      locale: "en",
      status: "sent",
      providerId,
    })
    .returning();
  return row!;
}

function webhook(
  event: unknown,
  options: { id?: string; timestamp?: number; signWith?: string; tamper?: boolean } = {},
) {
  const id = options.id ?? `msg_${randomUUID()}`;
  const timestamp = String(Math.floor((options.timestamp ?? Date.now()) / 1000));
  const body = JSON.stringify(event);
  const signature = svixSignature(options.signWith ?? secret, id, timestamp, body);
  return new Request("http://localhost:3000/api/webhooks/resend", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "svix-id": id,
      "svix-timestamp": timestamp,
      "svix-signature": signature,
    },
    body: options.tamper ? body.replace("email.", "email.x") : body,
  });
}

const event = (type: string, providerId: string, to: string, data: object = {}) => ({
  type,
  created_at: "2026-05-04T10:00:00.000Z",
  data: { email_id: providerId, to: [to], subject: "Hello", ...data },
});
const rowOf = async (id: string) => (await db.select().from(emails).where(eq(emails.id, id)))[0]!;
const suppression = async (email: string) =>
  (await db.select().from(emailSuppressions).where(eq(emailSuppressions.email, email)))[0];

describe("POST /api/webhooks/resend", () => {
  it("records delivery once, however often Resend replays it", async () => {
    const mail = await sentEmail(address("anna"));
    const delivered = event("email.delivered", mail.providerId!, mail.to);
    const response = await handleResendWebhook(db, webhook(delivered, { id: "msg_same" }), secret);
    expect(response.status).toBe(200);
    expect((await rowOf(mail.id)).deliveredAt).toEqual(new Date("2026-05-04T10:00:00.000Z"));

    const later = { ...delivered, created_at: "2026-05-05T10:00:00.000Z" };
    expect((await handleResendWebhook(db, webhook(later), secret)).status).toBe(200);
    expect((await rowOf(mail.id)).deliveredAt).toEqual(new Date("2026-05-04T10:00:00.000Z"));
    expect(await suppression(mail.to)).toBeUndefined();
  });

  it("suppresses a hard bounce, so the next send to the address delivers nothing", async () => {
    const to = address("Bounced");
    const mail = await sentEmail(to);
    const bounced = event("email.bounced", mail.providerId!, to, {
      bounce: { type: "Permanent", subType: "General", message: "no such user" },
    });
    const request = webhook(bounced, { id: "msg_bounce_1" });
    expect((await handleResendWebhook(db, request, secret)).status).toBe(200);
    expect((await rowOf(mail.id)).bouncedAt).not.toBeNull();
    expect(await suppression(to.toLowerCase())).toMatchObject({
      reason: "hard_bounce",
      source: "resend:msg_bounce_1",
    });
    // A replay changes nothing and does not fail.
    expect((await handleResendWebhook(db, webhook(bounced), secret)).status).toBe(200);
    expect(await suppression(to.toLowerCase())).toMatchObject({ source: "resend:msg_bounce_1" });

    delete process.env.RESEND_API_KEY;
    const props = emailTemplates.signIn.previewProps;
    const next = await sendEmail(db, { to, template: "signIn", props, locale: "en" });
    expect(next.status).toBe("suppressed");
  });

  it("records a soft bounce without suppressing the address", async () => {
    const mail = await sentEmail(address("full"));
    const soft = event("email.bounced", mail.providerId!, mail.to, {
      bounce: { type: "Transient" },
    });
    expect((await handleResendWebhook(db, webhook(soft), secret)).status).toBe(200);
    expect((await rowOf(mail.id)).bouncedAt).not.toBeNull();
    expect(await suppression(mail.to)).toBeUndefined();
  });

  it("suppresses a complaint, finding the address by the provider id when none is given", async () => {
    const mail = await sentEmail(address("angry"));
    const complaint = { type: "email.complained", data: { email_id: mail.providerId } };
    expect((await handleResendWebhook(db, webhook(complaint), secret)).status).toBe(200);
    expect((await rowOf(mail.id)).complainedAt).not.toBeNull();
    expect(await suppression(mail.to)).toMatchObject({ reason: "complaint" });
  });

  it("acknowledges events Rally does not use", async () => {
    const mail = await sentEmail(address("opened"));
    const opened = event("email.opened", mail.providerId!, mail.to);
    const response = await handleResendWebhook(db, webhook(opened), secret);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("Ignored.");
  });

  it("refuses forged, altered, stale and unsigned requests and changes nothing", async () => {
    const mail = await sentEmail(address("victim"));
    const complaint = event("email.complained", mail.providerId!, mail.to);
    const forged = webhook(complaint, {
      signWith: `whsec_${Buffer.from("guess").toString("base64")}`,
    });
    expect((await handleResendWebhook(db, forged, secret)).status).toBe(401);
    expect(
      (await handleResendWebhook(db, webhook(complaint, { tamper: true }), secret)).status,
    ).toBe(401);
    const stale = webhook(complaint, { timestamp: Date.now() - 6 * 60_000 });
    expect((await handleResendWebhook(db, stale, secret)).status).toBe(401);
    const unsigned = new Request("http://localhost:3000/api/webhooks/resend", {
      method: "POST",
      body: JSON.stringify(complaint),
    });
    expect((await handleResendWebhook(db, unsigned, secret)).status).toBe(401);
    expect((await rowOf(mail.id)).complainedAt).toBeNull();
    expect(await suppression(mail.to)).toBeUndefined();
  });

  it("answers 503 while no webhook secret is configured, and 400 for a signed non-event", async () => {
    const mail = await sentEmail(address("anyone"));
    const complaint = event("email.complained", mail.providerId!, mail.to);
    expect((await handleResendWebhook(db, webhook(complaint), "")).status).toBe(503);
    expect((await handleResendWebhook(db, webhook({ hello: "world" }), secret)).status).toBe(400);
    expect(await suppression(mail.to)).toBeUndefined();
  });
});
