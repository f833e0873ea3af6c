/** One-click unsubscribe through signed links: at once, without signing in, once only. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { consentRecords, partnerEmailPreferences, subscribers } from "~/server/db/schema/index";
import { unsubscribeUrls, type EmailLinkPayload } from "~/server/email/links";
import { handleUnsubscribeGet, handleUnsubscribePost } from "~/server/http/email-unsubscribe";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";

async function makeSubscriber(programId: string) {
  const [row] = await db
    .insert(subscribers)
    .values({
      programId,
      email: `reader-${randomUUID().slice(0, 8)}@example.com`,
      status: "confirmed",
      confirmedAt: new Date(),
    })
    .returning();
  return row!;
}

/** What a mail client does with the List-Unsubscribe headers (RFC 8058). */
const oneClick = (payload: EmailLinkPayload, accept = "*/*") =>
  handleUnsubscribePost(
    db,
    new Request(unsubscribeUrls(payload).oneClickUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept },
      body: "List-Unsubscribe=One-Click",
    }),
  );

const subscriberOf = async (id: string) =>
  (await db.select().from(subscribers).where(eq(subscribers.id, id)))[0]!;
const consentOf = (email: string) =>
  db.select().from(consentRecords).where(eq(consentRecords.email, email));
const preferencesOf = async (enrollmentId: string) =>
  (
    await db
      .select()
      .from(partnerEmailPreferences)
      .where(eq(partnerEmailPreferences.enrollmentId, enrollmentId))
  )[0];

describe("POST /api/email/unsubscribe", () => {
  it("unsubscribes a subscriber at once and records the consent change once", async () => {
    const { program } = await makeProgram();
    const subscriber = await makeSubscriber(program.id);
    const payload = { kind: "subscriber", id: subscriber.id, scope: "newsletters" } as const;

    const response = await oneClick(payload);
    expect(response.status).toBe(200);
    expect(await subscriberOf(subscriber.id)).toMatchObject({ status: "unsubscribed" });
    expect((await subscriberOf(subscriber.id)).unsubscribedAt).not.toBeNull();
    expect(await consentOf(subscriber.email)).toMatchObject([
      { programId: program.id, action: "unsubscribed", method: "one_click" },
    ]);

    expect((await oneClick(payload)).status).toBe(200);
    expect(await consentOf(subscriber.email)).toHaveLength(1);
  });

  it("turns only the digest off for a subscriber's digest link", async () => {
    const { program } = await makeProgram();
    const subscriber = await makeSubscriber(program.id);
    expect(
      (await oneClick({ kind: "subscriber", id: subscriber.id, scope: "digest" })).status,
    ).toBe(200);
    expect(await subscriberOf(subscriber.id)).toMatchObject({
      status: "confirmed",
      frequency: "off",
    });
    expect(await consentOf(subscriber.email)).toMatchObject([
      { action: "preferences_changed", method: "one_click", details: { frequency: "off" } },
    ]);
  });

  it("turns off a partner's newsletters, digest, or everything, per the link's scope", async () => {
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    const id = enrollment.id;
    await oneClick({ kind: "partner", id, scope: "newsletters" });
    expect(await preferencesOf(id)).toMatchObject({
      newsletters: false,
      announcements: true,
      digest: "weekly",
    });
    await oneClick({ kind: "partner", id, scope: "digest" });
    expect(await preferencesOf(id)).toMatchObject({ newsletters: false, digest: "off" });

    const other = (await makePartner(program.id)).enrollment.id;
    await oneClick({ kind: "partner", id: other, scope: "all" });
    expect(await preferencesOf(other)).toMatchObject({
      newsletters: false,
      announcements: false,
      digest: "off",
    });
    await oneClick({ kind: "partner", id: other, scope: "announcements" });
    expect(await preferencesOf(other)).toMatchObject({ announcements: false });
  });

  it("sends a browser on to the confirmation page", async () => {
    const { program } = await makeProgram();
    const subscriber = await makeSubscriber(program.id);
    const payload = { kind: "subscriber", id: subscriber.id, scope: "all" } as const;
    const response = await oneClick(payload, "text/html,application/xhtml+xml");
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/unsubscribe");
    expect(location.searchParams.get("done")).toBe("1");
    expect(new URL(unsubscribeUrls(payload).url).searchParams.get("token")).toBe(
      location.searchParams.get("token"),
    );
    expect((await subscriberOf(subscriber.id)).status).toBe("unsubscribed");
  });

  it("refuses a forged or altered token and changes nothing", async () => {
    const { program } = await makeProgram();
    const subscriber = await makeSubscriber(program.id);
    const { oneClickUrl } = unsubscribeUrls({
      kind: "subscriber",
      id: subscriber.id,
      scope: "all",
    });
    const forged = oneClickUrl.replace(/.{4}$/, "AAAA");
    const response = await handleUnsubscribePost(db, new Request(forged, { method: "POST" }));
    expect(response.status).toBe(400);
    const missing = await handleUnsubscribePost(
      db,
      new Request("http://localhost:3000/api/email/unsubscribe", { method: "POST" }),
    );
    expect(missing.status).toBe(400);
    expect((await subscriberOf(subscriber.id)).status).toBe("confirmed");
  });

  it("answers 200 for a valid link whose subscriber no longer exists", async () => {
    const response = await oneClick({ kind: "subscriber", id: randomUUID(), scope: "all" });
    expect(response.status).toBe(200);
  });
});

describe("GET /api/email/unsubscribe", () => {
  it("shows the page that asks for the click and unsubscribes no one", async () => {
    const { program } = await makeProgram();
    const subscriber = await makeSubscriber(program.id);
    const { oneClickUrl } = unsubscribeUrls({
      kind: "subscriber",
      id: subscriber.id,
      scope: "all",
    });
    const response = handleUnsubscribeGet(new Request(oneClickUrl));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/unsubscribe");
    expect(location.searchParams.get("done")).toBeNull();
    expect((await subscriberOf(subscriber.id)).status).toBe("confirmed");
  });
});
