/**
 * Sign-in by emailed link, through Auth.js's real route against the test database: the
 * per-address and per-client limits, the link's lifetime, one answer for every address, and
 * stored copies of the email that cannot be used to sign in.
 */
import { randomInt, randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "~/env";
import { emails, verificationTokens } from "~/server/db/schema";
import { db } from "../../support/db";
import { makeUser } from "../../support/factories";
import { fakeResend } from "../email/fixtures";
import { APP_URL, requestLink, useWebEnv } from "./auth-route";

// Auth.js sends the browser on to its verify-request page, which is our check-email page.
const CHECK_EMAIL = `${APP_URL}/api/auth/verify-request?provider=email&type=email`;
const address = () => `signin-${randomUUID().slice(0, 8)}@example.com`;
/** A fresh client address per test, so the per-IP counters of tests do not meet. */
const clientIp = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
const mailTo = (to: string) =>
  db.select().from(emails).where(eq(emails.to, to)).orderBy(desc(emails.createdAt));

beforeEach(() => useWebEnv());
afterAll(() => resetEnvForTests());

describe("sign-in links", () => {
  it("per-address limit: the sixth link for one address within 15 minutes is refused", async () => {
    const email = address();
    for (let i = 0; i < 5; i++) {
      expect(await requestLink(email, { ip: clientIp() })).toBe(CHECK_EMAIL);
    }
    const refused = await requestLink(email, { ip: clientIp() });
    expect(refused).toMatch(`${APP_URL}/signin?error=`);
    expect(await mailTo(email)).toHaveLength(5);
  });

  it("per-IP limit: one client address cannot ask for links for address after address", async () => {
    useWebEnv({ SIGN_IN_IP_LIMIT: "3" });
    const ip = clientIp();
    for (let i = 0; i < 3; i++) expect(await requestLink(address(), { ip })).toBe(CHECK_EMAIL);
    const last = address();
    expect(await requestLink(last, { ip })).toMatch(`${APP_URL}/signin?error=`);
    expect(await mailTo(last)).toHaveLength(0);
    // Another client is not held back by this one.
    expect(await requestLink(address(), { ip: clientIp() })).toBe(CHECK_EMAIL);
  });

  it("link lifetime: a link expires 15 minutes after it is sent", async () => {
    const email = address();
    const before = Date.now();
    expect(await requestLink(email, { ip: clientIp() })).toBe(CHECK_EMAIL);
    const [row] = await db
      .select()
      .from(verificationTokens)
      .where(eq(verificationTokens.identifier, email));
    const lifetime = row!.expires.getTime() - before;
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000 + 5_000);
  });

  it("same answer: an address with an account and one without get the same page and an email", async () => {
    const known = await makeUser();
    const unknown = address();
    const answers = [
      await requestLink(known.email, { ip: clientIp() }),
      await requestLink(unknown, { ip: clientIp() }),
    ];
    expect(answers).toEqual([CHECK_EMAIL, CHECK_EMAIL]);
    expect(await mailTo(known.email)).toHaveLength(1);
    expect(await mailTo(unknown)).toHaveLength(1);
  });

  it("stored copy: without the mailbox the email record holds no usable token", async () => {
    const email = address();
    await requestLink(email, { ip: clientIp() });
    const [stored] = await mailTo(email);
    const tokens = [...`${stored!.text}\n${stored!.html}`.matchAll(/token=([^&\s"<]+)/g)];
    expect(tokens.length).toBeGreaterThan(0);
    expect(new Set(tokens.map((match) => match[1]))).toEqual(new Set(["redacted"]));

    // With the mailbox on (demo, or asked for), the record is what the mailbox shows.
    useWebEnv({ RALLY_DEV_MAILBOX: "1" });
    const local = address();
    await requestLink(local, { ip: clientIp() });
    const [shown] = await mailTo(local);
    expect(shown!.text).toMatch(/token=[0-9a-f]{32,}/);
  });

  it("stored copy: the email that goes out carries the real link while the record does not", async () => {
    const resend = fakeResend();
    const base = await resend.start();
    try {
      useWebEnv({ RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: base });
      const email = address();
      expect(await requestLink(email, { ip: clientIp() })).toBe(CHECK_EMAIL);
      const sent = JSON.stringify(resend.requests.map((request) => request.body));
      expect(sent).toMatch(/token=[0-9a-f]{32,}/);
      const [stored] = await mailTo(email);
      expect(stored!.status).toBe("sent");
      expect(stored!.text).not.toMatch(/token=[0-9a-f]{32,}/);
    } finally {
      await resend.stop();
    }
  });
});
