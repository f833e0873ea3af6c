import { and, asc, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  consentRecords,
  emails,
  emailSuppressions,
  rateLimitHits,
  subscribers,
} from "~/server/db/schema/index";
import { verifyEmailLinkToken } from "~/server/email/links";
import { DomainError } from "~/server/errors";
import { hitRateLimit, pruneRateLimitHits } from "~/server/services/rate-limit/hit-rate-limit";
import { confirmedAudience } from "~/server/services/subscribers/audience";
import { confirmSubscription } from "~/server/services/subscribers/confirm-subscription";
import { requestSubscription } from "~/server/services/subscribers/request-subscription";
import { RESEND_COOLDOWN_MS } from "~/server/services/subscribers/rules";
import { updateSubscriberPreferences } from "~/server/services/subscribers/subscriber-preferences";
import { unsubscribeSubscriber } from "~/server/services/subscribers/unsubscribe-subscriber";
import { db } from "../../support/db";
import { makeProgram } from "../../support/factories";

let counter = 0;
const address = () => `sub-${Date.now()}-${++counter}@example.com`;
const meta = (ip = `ip-${Date.now()}-${++counter}`) => ({ ipHash: ip, userAgent: "Vitest" });

async function mailsTo(to: string) {
  return db.select().from(emails).where(eq(emails.to, to)).orderBy(asc(emails.createdAt));
}
async function subscriberOf(programId: string, email: string) {
  const [row] = await db
    .select()
    .from(subscribers)
    .where(and(eq(subscribers.programId, programId), eq(subscribers.email, email)));
  return row;
}
async function consentTrail(programId: string, email: string) {
  return db
    .select()
    .from(consentRecords)
    .where(and(eq(consentRecords.programId, programId), eq(consentRecords.email, email)))
    .orderBy(asc(consentRecords.createdAt));
}
/** The token in the latest confirmation email, as the person would click it. */
async function confirmationToken(to: string) {
  const [mail] = await db
    .select()
    .from(emails)
    .where(and(eq(emails.to, to), eq(emails.template, "subscribeConfirm")))
    .orderBy(desc(emails.createdAt))
    .limit(1);
  const token = mail?.text.match(/\/subscribe\/confirm\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no confirmation link in the mail to ${to}`);
  return token;
}

describe("double opt-in", () => {
  it("stores a pending subscriber with only the token's hash and mails the confirmation", async () => {
    const { program } = await makeProgram();
    const email = address();
    await expect(
      requestSubscription(
        db,
        { slug: program.slug, email: email.toUpperCase(), name: "Ann", topics: ["webinars"] },
        meta("hash-a"),
      ),
    ).resolves.toEqual({ ok: true });

    const row = await subscriberOf(program.id, email);
    expect(row).toMatchObject({ status: "pending", name: "Ann", topics: ["webinars"] });
    const token = await confirmationToken(email);
    expect(row?.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.confirmTokenHash).not.toContain(token);
    const hours = (row!.confirmExpiresAt!.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
    const mails = await mailsTo(email);
    expect(mails.map((mail) => [mail.template, mail.category])).toEqual([
      ["subscribeConfirm", "transactional"],
    ]);
    expect(await consentTrail(program.id, email)).toMatchObject([
      { action: "subscribe_requested", method: "form", ipHash: "hash-a", userAgent: "Vitest" },
    ]);
  });

  it("confirms once with the link, records consent, and welcomes with unsubscribe headers", async () => {
    const { program } = await makeProgram();
    const email = address();
    await requestSubscription(db, { slug: program.slug, email }, meta());
    const token = await confirmationToken(email);

    const result = await confirmSubscription(db, token, { ipHash: "hash-c", userAgent: "Firefox" });
    expect(result).toMatchObject({ status: "confirmed", programSlug: program.slug });
    const row = await subscriberOf(program.id, email);
    expect(row).toMatchObject({
      status: "confirmed",
      confirmTokenHash: null,
      confirmExpiresAt: null,
    });
    expect(row?.confirmedAt).toBeInstanceOf(Date);
    const trail = await consentTrail(program.id, email);
    expect(trail.map((entry) => [entry.action, entry.method])).toEqual([
      ["subscribe_requested", "form"],
      ["confirmed", "confirmation_link"],
    ]);
    expect(trail[1]).toMatchObject({ ipHash: "hash-c", userAgent: "Firefox" });

    const welcome = (await mailsTo(email)).find((mail) => mail.template === "subscribeWelcome");
    expect(welcome?.category).toBe("bulk");
    expect(welcome?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const oneClick = welcome?.headers["List-Unsubscribe"]?.match(/<([^>]+)>/)?.[1] ?? "";
    const signed = new URL(oneClick).searchParams.get("token") ?? "";
    expect(verifyEmailLinkToken(signed)).toEqual({ kind: "subscriber", id: row!.id, scope: "all" });
    expect(welcome?.text).toContain("/preferences/");

    // Single use: the same link again, and a made-up one, do nothing.
    await expect(confirmSubscription(db, token, meta())).resolves.toEqual({ status: "invalid" });
    await expect(confirmSubscription(db, "x".repeat(43), meta())).resolves.toEqual({
      status: "invalid",
    });
    expect((await mailsTo(email)).filter((m) => m.template === "subscribeWelcome")).toHaveLength(1);
  });

  it("refuses an expired link", async () => {
    const { program } = await makeProgram();
    const email = address();
    const past = new Date(Date.now() - 49 * 3_600_000);
    await requestSubscription(db, { slug: program.slug, email }, meta(), past);
    const token = await confirmationToken(email);
    await expect(confirmSubscription(db, token, meta())).resolves.toEqual({ status: "invalid" });
    expect((await subscriberOf(program.id, email))?.status).toBe("pending");
  });

  it("answers the same for every state and never mails a confirmed address again", async () => {
    const { program } = await makeProgram();
    const email = address();
    await requestSubscription(db, { slug: program.slug, email }, meta());
    await confirmSubscription(db, await confirmationToken(email), meta());
    const before = (await mailsTo(email)).length;
    await expect(requestSubscription(db, { slug: program.slug, email }, meta())).resolves.toEqual({
      ok: true,
    });
    expect((await mailsTo(email)).length).toBe(before);
    expect((await subscriberOf(program.id, email))?.status).toBe("confirmed");
  });

  it("re-sends a pending confirmation only after the cool-down", async () => {
    const { program } = await makeProgram();
    const email = address();
    const start = new Date();
    await requestSubscription(db, { slug: program.slug, email }, meta(), start);
    const first = await confirmationToken(email);
    await requestSubscription(
      db,
      { slug: program.slug, email },
      meta(),
      new Date(start.getTime() + 60_000),
    );
    expect(await mailsTo(email)).toHaveLength(1);

    const later = new Date(start.getTime() + RESEND_COOLDOWN_MS + 1_000);
    await requestSubscription(db, { slug: program.slug, email }, meta(), later);
    expect(await mailsTo(email)).toHaveLength(2);
    const second = await confirmationToken(email);
    expect(second).not.toBe(first);
    // Only the newest link works.
    await expect(confirmSubscription(db, first, meta())).resolves.toEqual({ status: "invalid" });
    await expect(confirmSubscription(db, second, meta())).resolves.toMatchObject({
      status: "confirmed",
    });
  });

  it("lets an unsubscribed person come back only through a new double opt-in", async () => {
    const { program } = await makeProgram();
    const email = address();
    await requestSubscription(db, { slug: program.slug, email }, meta());
    await confirmSubscription(db, await confirmationToken(email), meta());
    const row = await subscriberOf(program.id, email);
    await expect(
      unsubscribeSubscriber(db, { subscriberId: row!.id, method: "one_click" }),
    ).resolves.toEqual({ changed: true });
    await expect(
      unsubscribeSubscriber(db, { subscriberId: row!.id, method: "one_click" }),
    ).resolves.toEqual({ changed: false });
    expect((await subscriberOf(program.id, email))?.status).toBe("unsubscribed");

    await requestSubscription(db, { slug: program.slug, email }, meta());
    expect((await subscriberOf(program.id, email))?.status).toBe("pending");
    await confirmSubscription(db, await confirmationToken(email), meta());
    expect((await subscriberOf(program.id, email))?.status).toBe("confirmed");
    const trail = await consentTrail(program.id, email);
    expect(trail.map((entry) => entry.action)).toEqual([
      "subscribe_requested",
      "confirmed",
      "unsubscribed",
      "subscribe_requested",
      "confirmed",
    ]);
    expect(trail[3]?.details).toMatchObject({ resubscribe: true });
  });

  it("sends a suppressed address nothing, not even the confirmation", async () => {
    const { program } = await makeProgram();
    const email = address();
    await db.insert(emailSuppressions).values({ email, reason: "hard_bounce" });
    await expect(requestSubscription(db, { slug: program.slug, email }, meta())).resolves.toEqual({
      ok: true,
    });
    expect((await mailsTo(email)).map((mail) => mail.status)).toEqual(["suppressed"]);
  });

  it("saves preferences from the preference center with a consent record", async () => {
    const { program } = await makeProgram();
    const email = address();
    await requestSubscription(db, { slug: program.slug, email }, meta());
    await confirmSubscription(db, await confirmationToken(email), meta());
    const row = await subscriberOf(program.id, email);
    await updateSubscriberPreferences(
      db,
      row!.id,
      {
        topics: ["news", "contests"],
        frequency: "monthly",
        locale: "pl",
        timeZone: "Europe/Warsaw",
      },
      meta("hash-p"),
    );
    expect(await subscriberOf(program.id, email)).toMatchObject({
      status: "confirmed",
      topics: ["contests", "news"],
      frequency: "monthly",
      locale: "pl",
      timeZone: "Europe/Warsaw",
    });
    const last = (await consentTrail(program.id, email)).at(-1);
    expect(last).toMatchObject({ action: "preferences_changed", method: "preference_center" });
    await expect(
      updateSubscriberPreferences(
        db,
        row!.id,
        { topics: [], frequency: "weekly", locale: "en", timeZone: "Nowhere/Land" },
        meta(),
      ),
    ).rejects.toThrow();
  });

  it("refuses an unknown program", async () => {
    await expect(
      requestSubscription(db, { slug: "no-such-program-x", email: address() }, meta()),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("rate limits", () => {
  it("lets one visitor submit five times in ten minutes, then refuses with a wait", async () => {
    const { program } = await makeProgram();
    const visitor = meta();
    for (let i = 0; i < 5; i++)
      await requestSubscription(db, { slug: program.slug, email: address() }, visitor);
    const refused = requestSubscription(db, { slug: program.slug, email: address() }, visitor);
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(
      requestSubscription(db, { slug: program.slug, email: address() }, visitor),
    ).rejects.toMatchObject({ key: "rateLimited" });
    // Another visitor is not affected.
    await expect(
      requestSubscription(db, { slug: program.slug, email: address() }, meta()),
    ).resolves.toEqual({ ok: true });
  });

  it("limits one address of one program whatever the visitor", async () => {
    const { program } = await makeProgram();
    const email = address();
    for (let i = 0; i < 3; i++)
      await requestSubscription(db, { slug: program.slug, email }, meta());
    await expect(
      requestSubscription(db, { slug: program.slug, email }, meta()),
    ).rejects.toMatchObject({ key: "rateLimited" });
  });

  it("counts hits per fixed window in the database and prunes old windows", async () => {
    const key = `test:${Date.now()}`;
    const rule = { limit: 2, windowMs: 60_000 };
    const t0 = new Date("2026-01-01T10:00:10Z");
    expect((await hitRateLimit(db, key, rule, t0)).remaining).toBe(1);
    expect((await hitRateLimit(db, key, rule, t0)).allowed).toBe(true);
    expect(await hitRateLimit(db, key, rule, t0)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 50,
    });
    // The next window starts afresh.
    expect((await hitRateLimit(db, key, rule, new Date("2026-01-01T10:01:00Z"))).allowed).toBe(
      true,
    );
    expect(await pruneRateLimitHits(db, new Date("2026-01-01T10:01:00Z"))).toBeGreaterThanOrEqual(
      1,
    );
    const left = await db.select().from(rateLimitHits).where(eq(rateLimitHits.key, key));
    expect(left.map((row) => row.windowStart.toISOString())).toEqual(["2026-01-01T10:01:00.000Z"]);
  });
});

describe("the sending audience", () => {
  it("holds confirmed subscribers only, by topic or with no topic chosen", async () => {
    const { program } = await makeProgram();
    const rows = await db
      .insert(subscribers)
      .values([
        { programId: program.id, email: address(), status: "confirmed", topics: ["webinars"] },
        { programId: program.id, email: address(), status: "confirmed", topics: [] },
        { programId: program.id, email: address(), status: "confirmed", topics: ["news"] },
        { programId: program.id, email: address(), status: "pending", topics: [] },
        { programId: program.id, email: address(), status: "unsubscribed", topics: [] },
      ])
      .returning({ id: subscribers.id });
    const ids = async (topic?: string) =>
      (
        await db
          .select({ id: subscribers.id })
          .from(subscribers)
          .where(confirmedAudience(program.id, topic))
      )
        .map((row) => row.id)
        .sort();
    expect(await ids()).toEqual([rows[0]!.id, rows[1]!.id, rows[2]!.id].sort());
    expect(await ids("webinars")).toEqual([rows[0]!.id, rows[1]!.id].sort());
  });
});
