/**
 * emails_total against a real SMTP server started here: single sends and batches count what
 * the server accepted and refused, by transport; mail for a suppressed address is not counted.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailTemplates } from "@emails/registry";
import { resetEnvForTests } from "~/env";
import { emailSuppressions } from "~/server/db/schema/index";
import { sendBulk, sendEmail, type BulkEmail } from "~/server/email/send";
import { closeEmailTransports } from "~/server/email/transport";
import { metrics } from "~/server/observability/metrics";
import { db } from "../../support/db";
import { smtpTestServer } from "../email/smtp-server";
import { valueOf } from "./support";

const smtp = smtpTestServer();
const props = emailTemplates.signIn.previewProps;
const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

beforeAll(async () => {
  const port = await smtp.start();
  resetEnvForTests({ SMTP_URL: `smtp://localhost:${port}`, EMAIL_FROM: "Rally <a@rally.example>" });
});
afterAll(async () => {
  closeEmailTransports();
  resetEnvForTests();
  await smtp.stop();
});

async function counted() {
  const text = await metrics().registry.metrics();
  return {
    sent: valueOf(text, 'emails_total{transport="smtp",status="sent"}') ?? 0,
    failed: valueOf(text, 'emails_total{transport="smtp",status="failed"}') ?? 0,
  };
}

describe("emails_total", () => {
  it("counts a sent and a refused message", async () => {
    const before = await counted();
    const refused = address("refused");
    smtp.refuse(refused);
    const message = { template: "signIn" as const, props, locale: "en" as const };
    expect((await sendEmail(db, { ...message, to: address("anna") })).status).toBe("sent");
    expect((await sendEmail(db, { ...message, to: refused })).status).toBe("failed");
    expect(await counted()).toEqual({ sent: before.sent + 1, failed: before.failed + 1 });
  });

  it("counts a batch's messages one by one, leaving out a suppressed address", async () => {
    const before = await counted();
    const run = randomUUID().slice(0, 8);
    const messages: BulkEmail[] = Array.from({ length: 5 }, (_, n) => ({
      to: `metrics-${run}-${n}@example.com`,
      template: "signIn",
      props,
      locale: "en",
      idempotencyKey: `metrics:${run}:${n}`,
      unsubscribe: {
        url: `http://localhost:3000/unsubscribe?token=${run}-${n}`,
        oneClickUrl: `http://localhost:3000/api/email/unsubscribe?token=${run}-${n}`,
      },
    }));
    await db.insert(emailSuppressions).values({ email: messages[1]!.to, reason: "complaint" });
    smtp.refuse(messages[3]!.to);
    await sendBulk(db, messages);
    expect(await counted()).toEqual({ sent: before.sent + 3, failed: before.failed + 1 });
  });
});
