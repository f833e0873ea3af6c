import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditLog,
  emailSuppressions,
  emails,
  newsletterRecipients,
  partnerEmailPreferences,
  subscribers,
} from "~/server/db/schema/index";
import { runDueNewsletters, sendNewsletter } from "~/server/services/newsletters/send-newsletter";
import { clientError } from "../../support/client-error";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import {
  addSubscriber,
  bulkPartners,
  copiesPerAddress,
  newsletterProgram,
  sendingNewsletter,
} from "./fixtures";

const draft = {
  subject: "Spring news",
  body: "# Spring\n\nThe **coupon** is live. <script>alert(1)</script>",
  audience: { partners: true, tierKeys: [], subscribers: true },
};

async function recipientsOf(newsletterId: string) {
  return db
    .select()
    .from(newsletterRecipients)
    .where(eq(newsletterRecipients.newsletterId, newsletterId));
}

describe("composing newsletters", () => {
  it("creates and edits drafts with an audit trail; only drafts change", async () => {
    const { program, manager, managerCaller } = await newsletterProgram();
    const ids = { programId: program.id };
    const created = await managerCaller.manage.newsletters.create({ ...ids, ...draft });
    expect(created).toMatchObject({ status: "draft", subject: "Spring news" });
    const updated = await managerCaller.manage.newsletters.update({
      ...ids,
      ...draft,
      newsletterId: created.id,
      subject: "Spring news, take two",
      audience: { partners: true, tierKeys: ["Gold", "gold"], subscribers: false },
    });
    expect(updated.audience).toEqual({ partners: true, tierKeys: ["gold"], subscribers: false });
    const audits = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(eq(auditLog.targetId, created.id));
    expect(audits.map((a) => a.action).sort()).toEqual([
      "newsletter.created",
      "newsletter.updated",
    ]);
    expect(audits.every((a) => a.actorId === manager.id)).toBe(true);

    const list = await managerCaller.manage.newsletters.list(ids);
    expect(list).toMatchObject({ total: 1, pageCount: 1 });
    expect(list.items[0]).toMatchObject({ id: created.id, status: "draft", recipients: 0 });

    await managerCaller.manage.newsletters.schedule({
      ...ids,
      newsletterId: created.id,
      at: new Date(Date.now() + 86_400_000),
    });
    const locked = await clientError(
      managerCaller.manage.newsletters.update({ ...ids, ...draft, newsletterId: created.id }),
    );
    expect(locked.code).toBe("CONFLICT");
  });

  it("refuses an empty audience and a missing subject with field messages", async () => {
    const { program, managerCaller } = await newsletterProgram();
    const refused = await clientError(
      managerCaller.manage.newsletters.create({
        programId: program.id,
        ...draft,
        subject: " ",
        audience: { partners: false, tierKeys: [], subscribers: false },
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors?.["audience.partners"]).toBe(
      "Choose partners, subscribers or both.",
    );
    expect(refused.fieldErrors?.subject).toBeTruthy();
  });

  it("previews with the send's template: markdown rendered, scripts gone, in the chosen language", async () => {
    const { program, managerCaller } = await newsletterProgram();
    const { html, subject } = await managerCaller.manage.newsletters.preview({
      programId: program.id,
      subject: draft.subject,
      body: draft.body,
      locale: "pl",
    });
    expect(subject).toBe("Spring news");
    expect(html).toContain("<strong>coupon</strong>");
    expect(html).not.toContain("<script");
    expect(html).toContain('lang="pl"');
    expect(html).toContain("Wypisz się");
  });

  it("sends a test to the manager alone, marked [Test], counted nowhere", async () => {
    const { program, manager, managerCaller } = await newsletterProgram();
    await bulkPartners(program.id, 2);
    const created = await managerCaller.manage.newsletters.create({
      programId: program.id,
      ...draft,
    });
    const sent = await managerCaller.manage.newsletters.sendTest({
      programId: program.id,
      newsletterId: created.id,
      subject: "Draft title",
      body: "Hello",
      locale: "ru",
    });
    expect(sent.email).toBe(manager.email);
    const mail = await db.select().from(emails).where(eq(emails.to, manager.email));
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ subject: "[Тест] Draft title", template: "newsletter" });
    expect(await recipientsOf(created.id)).toHaveLength(0);
    const stats = await managerCaller.manage.newsletters.stats({
      programId: program.id,
      newsletterId: created.id,
    });
    expect(stats).toMatchObject({ recipients: 0, sent: 0 });
  });
});

describe("the audience", () => {
  it("reaches approved partners who want newsletters and confirmed subscribers, each address once", async () => {
    const { program, managerCaller } = await newsletterProgram();
    const [wants, optedOut, suppressed] = await bulkPartners(program.id, 3, { locale: "pl" });
    await bulkPartners(program.id, 1, { status: "training" });
    await bulkPartners(program.id, 1, { status: "applied" });
    await db
      .insert(partnerEmailPreferences)
      .values({ enrollmentId: optedOut!.enrollmentId, newsletters: false });
    await db.insert(emailSuppressions).values({ email: suppressed!.email, reason: "hard_bounce" });
    const sub = await addSubscriber(program.id, `fan-${program.slug}@news.rally.test`, {
      locale: "ru",
    });
    // The partner's own address as a subscriber too (stored lower-case there).
    await addSubscriber(program.id, wants!.email.toLowerCase());
    await addSubscriber(program.id, `pending-${program.slug}@news.rally.test`, {
      status: "pending",
      confirmedAt: null,
    });
    await addSubscriber(program.id, `gone-${program.slug}@news.rally.test`, {
      status: "unsubscribed",
    });
    // Someone else's program: never in this audience.
    const other = await makeProgram();
    await bulkPartners(other.program.id, 2);

    const audience = { partners: true, tierKeys: [], subscribers: true };
    const estimate = await managerCaller.manage.newsletters.estimate({
      programId: program.id,
      audience,
    });
    expect(estimate).toEqual({ recipients: 2, suppressed: 1 });

    const newsletter = await sendingNewsletter(program.id, audience);
    await sendNewsletter(db, newsletter.id);
    const rows = await recipientsOf(newsletter.id);
    const byEmail = new Map(rows.map((row) => [row.email, row]));
    expect([...byEmail.keys()].sort()).toEqual(
      [wants!.email, suppressed!.email, sub.email].map((e) => e.toLowerCase()).sort(),
    );
    expect(byEmail.get(wants!.email)).toMatchObject({
      status: "sent",
      locale: "pl",
      enrollmentId: wants!.enrollmentId,
      subscriberId: expect.any(String),
    });
    expect(byEmail.get(sub.email)).toMatchObject({ status: "sent", locale: "ru" });
    expect(byEmail.get(suppressed!.email)).toMatchObject({ status: "suppressed" });

    const copies = await copiesPerAddress(newsletter.id);
    expect(copies.get(wants!.email)).toBe(1);
    expect(copies.get(sub.email)).toBe(1);
    // Suppressed: recorded as such by the send function, nothing went out.
    const [suppressedMail] = await db
      .select({ status: emails.status })
      .from(emails)
      .where(eq(emails.to, suppressed!.email));
    expect(suppressedMail?.status ?? "suppressed").toBe("suppressed");
    const nothing = await db
      .select()
      .from(emails)
      .where(
        inArray(emails.to, [
          optedOut!.email,
          `pending-${program.slug}@news.rally.test`,
          `gone-${program.slug}@news.rally.test`,
        ]),
      );
    expect(nothing).toEqual([]);

    const [mail] = await db.select().from(emails).where(eq(emails.to, sub.email));
    expect(mail).toMatchObject({ category: "bulk", locale: "ru", subject: newsletter.subject });
    expect(mail?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail?.html).toContain("/unsubscribe?token=");
  });

  it("limits partners to tiers and subscribers to a topic", async () => {
    const { program, managerCaller } = await newsletterProgram();
    await bulkPartners(program.id, 2, { tierKey: "gold" });
    await bulkPartners(program.id, 3, { tierKey: "silver" });
    await bulkPartners(program.id, 1);
    await addSubscriber(program.id, `webinars-${program.slug}@news.rally.test`, {
      topics: ["webinars"],
    });
    await addSubscriber(program.id, `all-${program.slug}@news.rally.test`);
    await addSubscriber(program.id, `contests-${program.slug}@news.rally.test`, {
      topics: ["contests"],
    });
    const estimate = (audience: {
      partners: boolean;
      tierKeys: string[];
      subscribers: boolean;
      topic?: "webinars";
    }) => managerCaller.manage.newsletters.estimate({ programId: program.id, audience });
    expect(await estimate({ partners: true, tierKeys: ["gold"], subscribers: false })).toEqual({
      recipients: 2,
      suppressed: 0,
    });
    expect(
      (await estimate({ partners: true, tierKeys: [], subscribers: true, topic: "webinars" }))
        .recipients,
    ).toBe(8);
    expect((await estimate({ partners: false, tierKeys: [], subscribers: true })).recipients).toBe(
      3,
    );
  });
});

describe("scheduling and sending", () => {
  it("sends a scheduled newsletter when it is due, and not before", async () => {
    const { program, managerCaller } = await newsletterProgram();
    await bulkPartners(program.id, 3);
    const ids = { programId: program.id };
    const created = await managerCaller.manage.newsletters.create({ ...ids, ...draft });
    const past = await clientError(
      managerCaller.manage.newsletters.schedule({
        ...ids,
        newsletterId: created.id,
        at: new Date(Date.now() - 60_000),
      }),
    );
    expect(past.code).toBe("BAD_REQUEST");
    const at = new Date(Date.now() + 3_600_000);
    const scheduled = await managerCaller.manage.newsletters.schedule({
      ...ids,
      newsletterId: created.id,
      at,
    });
    expect(scheduled).toMatchObject({ status: "scheduled", scheduledAt: at });

    await runDueNewsletters(db, new Date(), { programId: program.id });
    expect(await recipientsOf(created.id)).toHaveLength(0);

    const result = await runDueNewsletters(db, new Date(at.getTime() + 1000), {
      programId: program.id,
    });
    expect(result).toEqual({ newsletters: 1, recipients: 3 });
    const got = await managerCaller.manage.newsletters.get({ ...ids, newsletterId: created.id });
    expect(got).toMatchObject({ status: "sent", editable: false });
    expect(got.finishedAt).toBeInstanceOf(Date);
    const cancel = await clientError(
      managerCaller.manage.newsletters.cancel({ ...ids, newsletterId: created.id }),
    );
    expect(cancel.code).toBe("CONFLICT");
  });

  it("cancelling a schedule returns the draft; send now needs recipients", async () => {
    const { program, managerCaller } = await newsletterProgram();
    const ids = { programId: program.id };
    const created = await managerCaller.manage.newsletters.create({ ...ids, ...draft });
    await managerCaller.manage.newsletters.schedule({
      ...ids,
      newsletterId: created.id,
      at: new Date(Date.now() + 3_600_000),
    });
    const back = await managerCaller.manage.newsletters.cancel({
      ...ids,
      newsletterId: created.id,
    });
    expect(back).toMatchObject({ status: "draft", scheduledAt: null });
    const empty = await clientError(
      managerCaller.manage.newsletters.schedule({ ...ids, newsletterId: created.id, at: null }),
    );
    expect(empty).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Nobody/) });

    await bulkPartners(program.id, 2);
    const now = await managerCaller.manage.newsletters.schedule({
      ...ids,
      newsletterId: created.id,
      at: null,
    });
    expect(now.status).toBe("sending");
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, created.id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "newsletter.scheduled",
        "newsletter.unscheduled",
        "newsletter.sendStarted",
      ]),
    );
  });

  it("stopping a send keeps the rest unsent", async () => {
    const { program, managerCaller } = await newsletterProgram();
    await bulkPartners(program.id, 5);
    const newsletter = await sendingNewsletter(program.id);
    let stopped = false;
    await sendNewsletter(db, newsletter.id, {
      batchSize: 2,
      onBatch: async () => {
        if (stopped) return;
        stopped = true;
        // The manager's click lands between two batches.
        await managerCaller.manage.newsletters.cancel({
          programId: program.id,
          newsletterId: newsletter.id,
        });
      },
    });
    const stats = await managerCaller.manage.newsletters.stats({
      programId: program.id,
      newsletterId: newsletter.id,
    });
    expect(stats.recipients).toBe(5);
    expect(stats.sent).toBe(2);
    expect(stats.sent + stats.pending).toBe(5);
    const got = await managerCaller.manage.newsletters.get({
      programId: program.id,
      newsletterId: newsletter.id,
    });
    expect(got.status).toBe("cancelled");
  });
});

describe("delivery statistics", () => {
  it("counts sent, delivered, bounced, complained and unsubscribed, and pages recipients by state", async () => {
    const { program, managerCaller } = await newsletterProgram();
    const partners = await bulkPartners(program.id, 60);
    const sub = await addSubscriber(program.id, `reader-${program.slug}@news.rally.test`);
    const newsletter = await sendingNewsletter(program.id, { subscribers: true });
    await sendNewsletter(db, newsletter.id);
    const rows = await recipientsOf(newsletter.id);
    const emailIdOf = (address: string) => rows.find((row) => row.email === address)!.emailId!;
    const now = new Date();
    await db
      .update(emails)
      .set({ deliveredAt: now })
      .where(
        inArray(
          emails.id,
          partners.slice(0, 50).map((p) => emailIdOf(p.email)),
        ),
      );
    await db
      .update(emails)
      .set({ bouncedAt: now })
      .where(eq(emails.id, emailIdOf(partners[50]!.email)));
    await db
      .update(emails)
      .set({ deliveredAt: now, complainedAt: now })
      .where(eq(emails.id, emailIdOf(partners[0]!.email)));
    await db
      .update(subscribers)
      .set({ status: "unsubscribed", unsubscribedAt: new Date(Date.now() + 1000) })
      .where(eq(subscribers.id, sub.id));
    await db
      .insert(partnerEmailPreferences)
      .values({ enrollmentId: partners[1]!.enrollmentId, newsletters: false });

    const ids = { programId: program.id, newsletterId: newsletter.id };
    expect(await managerCaller.manage.newsletters.stats(ids)).toEqual({
      recipients: 61,
      sent: 61,
      pending: 0,
      failed: 0,
      suppressed: 0,
      delivered: 50,
      bounced: 1,
      complained: 1,
      unsubscribed: 2,
    });
    const page1 = await managerCaller.manage.newsletters.recipients({ ...ids });
    expect(page1).toMatchObject({ total: 61, pageCount: 2, page: 1 });
    expect(page1.items).toHaveLength(50);
    const page2 = await managerCaller.manage.newsletters.recipients({ ...ids, page: 2 });
    expect(page2.items).toHaveLength(11);
    const bounced = await managerCaller.manage.newsletters.recipients({
      ...ids,
      filter: "bounced",
    });
    expect(bounced.items.map((row) => row.email)).toEqual([partners[50]!.email]);
    const subscriberRow = page2.items.find((row) => row.email === sub.email);
    expect(subscriberRow).toMatchObject({ kind: "subscriber", status: "sent" });
  });
});

describe("access", () => {
  it("refuses every procedure to another program's manager and to a partner", async () => {
    const { program, managerCaller } = await newsletterProgram();
    const created = await managerCaller.manage.newsletters.create({
      programId: program.id,
      ...draft,
    });
    const stranger = await makeProgram();
    const { user: partner } = await makePartner(program.id);
    const foreign = { programId: program.id, newsletterId: created.id };
    const ownProgramForeignId = { programId: stranger.program.id, newsletterId: created.id };
    for (const caller of [callerFor(stranger.manager.id), callerFor(partner.id)]) {
      const api = caller.manage.newsletters;
      const calls = [
        () => api.list({ programId: program.id }),
        () => api.get(foreign),
        () => api.stats(foreign),
        () => api.recipients(foreign),
        () => api.audienceOptions({ programId: program.id }),
        () => api.estimate({ programId: program.id, audience: draft.audience }),
        () => api.preview({ programId: program.id, subject: "x", body: "y", locale: "en" }),
        () => api.create({ programId: program.id, ...draft }),
        () => api.update({ ...foreign, ...draft }),
        () => api.sendTest({ programId: program.id, subject: "x", body: "y", locale: "en" }),
        () => api.schedule({ ...foreign, at: null }),
        () => api.cancel(foreign),
      ];
      for (const call of calls) expect((await clientError(call())).code).toBe("NOT_FOUND");
    }
    // Their own program id does not open our newsletter either.
    const theirs = callerFor(stranger.manager.id).manage.newsletters;
    for (const call of [
      () => theirs.get(ownProgramForeignId),
      () => theirs.stats(ownProgramForeignId),
      () => theirs.recipients(ownProgramForeignId),
      () => theirs.update({ ...ownProgramForeignId, ...draft }),
      () => theirs.schedule({ ...ownProgramForeignId, at: null }),
      () => theirs.cancel(ownProgramForeignId),
      () => theirs.sendTest({ ...ownProgramForeignId, subject: "x", body: "y", locale: "en" }),
    ])
      expect((await clientError(call())).code).toBe("NOT_FOUND");
    const [still] = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, created.id), eq(auditLog.action, "newsletter.updated")));
    expect(still).toBeUndefined();
  });
});
