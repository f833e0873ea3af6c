/**
 * Digests on real data: facts gathered set-based from the rollups, the ledger, contests,
 * creatives, webinars and courses; sent once per recipient and period, in the recipient's
 * time zone and language, as bulk mail with unsubscribe links; nothing when there is nothing
 * to say. The clock is fixed on the Monday after today, so "the week that ended" contains the
 * rows this test writes now.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  announcements,
  contests,
  creatives,
  digestSends,
  emails,
  partnerEmailPreferences,
  subscribers,
  users,
} from "~/server/db/schema/index";
import { digestContent } from "~/server/services/digests/digest-content";
import { partnerFacts } from "~/server/services/digests/partner-facts";
import { duePeriod, type DigestPeriod } from "~/server/services/digests/period";
import { programFactsCache } from "~/server/services/digests/program-facts";
import { sendDueDigests } from "~/server/services/digests/send-due-digests";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { insertWebinar } from "../webinars/fixtures";

const DAY = 86_400_000;
/** 08:30 UTC on the next Monday (a week on when today is Monday). */
function nextMondayMorning(): Date {
  const today = new Date();
  const days = (8 - today.getUTCDay()) % 7 || 7;
  const monday = new Date(today.getTime() + days * DAY);
  return new Date(`${monday.toISOString().slice(0, 10)}T08:30:00Z`);
}
const now = nextMondayMorning();
const period = duePeriod(now, "UTC", "weekly") as DigestPeriod;

async function stats(programId: string, enrollmentId: string, day: string, clicks: number) {
  await db.execute(sql`
    insert into stats_daily (program_id, enrollment_id, day, clicks, sales, revenue, commission)
    values (${programId}, ${enrollmentId}, ${day}::date, ${clicks}, 2, 20000, 2000)`);
}

async function scenario() {
  const { program } = await makeProgram();
  const active = await makePartner(program.id);
  const quiet = await makePartner(program.id);
  const monthly = await makePartner(program.id);
  const elsewhere = await makePartner(program.id);
  await db
    .insert(partnerEmailPreferences)
    .values({ enrollmentId: monthly.enrollment.id, digest: "monthly" });
  await db
    .update(users)
    .set({ timeZone: "America/New_York" })
    .where(eq(users.id, elsewhere.user.id));
  await db.update(users).set({ locale: "pl" }).where(eq(users.id, active.user.id));
  await stats(program.id, active.enrollment.id, period.from, 120);
  await stats(program.id, active.enrollment.id, period.previousFrom, 100);
  await stats(program.id, monthly.enrollment.id, period.from, 50);
  // A commission approved during the period (its approval is written by the ledger's trigger).
  await db.execute(sql`
    insert into ledger_entries (program_id, enrollment_id, kind, amount, currency, status, hold_until)
    values (${program.id}, ${active.enrollment.id}, 'commission', 4200, 'EUR', 'pending', now())`);
  await db.execute(sql`update ledger_entries set status = 'approved'
    where enrollment_id = ${active.enrollment.id}`);
  return { program, active, quiet, monthly, elsewhere };
}

const sendsOf = (keys: string[]) =>
  db.select().from(digestSends).where(inArray(digestSends.recipientKey, keys));
const digestEmails = (to: string[]) =>
  db
    .select()
    .from(emails)
    .where(and(inArray(emails.to, to), sql`${emails.template} like '%Digest'`));

describe("partner digests", () => {
  it("digest content for a partner with and without activity, read from real data", async () => {
    const { program, active, quiet } = await scenario();
    const recipient = (p: typeof active) => ({
      enrollmentId: p.enrollment.id,
      programId: program.id,
      tierKey: null,
      email: p.user.email,
      locale: "en",
      programName: program.name,
      programSlug: program.slug,
      currency: "EUR",
    });
    const facts = await partnerFacts(
      db,
      [recipient(active), recipient(quiet)],
      period,
      programFactsCache(db, period, now),
    );
    const mine = facts.get(active.enrollment.id)!;
    expect(mine.current).toEqual({
      clicks: 120,
      conversions: 2,
      revenue: 20000n,
      commission: 2000n,
    });
    expect(mine.previous.clicks).toBe(100);
    expect(mine.approvedInPeriod).toBe(4200n);
    expect(mine.available).toBe(4200n);
    expect(digestContent(mine)?.stats?.clicks).toEqual({
      current: "120",
      previous: "100",
      changePercent: 20,
    });
    expect(digestContent(facts.get(quiet.enrollment.id)!)).toBeNull();
  });

  it("sends once per period in the partner's zone and language, records nothing-to-say", async () => {
    const { program, active, quiet, monthly, elsewhere } = await scenario();
    const keys = [active, quiet, monthly, elsewhere].map((p) => `partner:${p.enrollment.id}`);

    const first = await sendDueDigests(db, now, { programIds: [program.id] });
    expect(first.periods).toContain(period.key);
    expect(first.partners).toEqual({ sent: 1, empty: 1, skipped: 0 });

    const sends = await sendsOf(keys);
    expect(sends.map((s) => [s.recipientKey, s.period, s.sent]).sort()).toEqual(
      [
        [`partner:${active.enrollment.id}`, period.key, true],
        [`partner:${quiet.enrollment.id}`, period.key, false],
      ].sort(),
    );
    const [mail, ...others] = await digestEmails([
      active.user.email,
      quiet.user.email,
      monthly.user.email,
      elsewhere.user.email,
    ]);
    expect(others).toHaveLength(0);
    expect(mail).toMatchObject({
      to: active.user.email,
      template: "partnerDigest",
      locale: "pl",
      category: "bulk",
      idempotencyKey: `digest:partner:${active.enrollment.id}:${period.key}`,
    });
    expect(sends.find((s) => s.sent)?.emailId).toBe(mail!.id);
    expect(mail!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.headers["List-Unsubscribe"]).toContain("/api/email/unsubscribe?token=");
    expect(mail!.text).toContain("Kliknięcia: 120 (+20%");
    expect(mail!.text).toContain("42,00");
    expect(mail!.html).toContain("/preferences/");

    // Again in the same hour, and later that morning: nothing more.
    const again = await sendDueDigests(db, new Date(now.getTime() + 2 * 3_600_000), {
      programIds: [program.id],
    });
    expect(again.partners).toEqual({ sent: 0, empty: 0, skipped: 0 });
    expect(await digestEmails([active.user.email])).toHaveLength(1);

    // New York's Monday 08:30 comes five hours later.
    const newYork = await sendDueDigests(db, new Date(now.getTime() + 5 * 3_600_000), {
      programIds: [program.id],
    });
    expect(newYork.partners.empty).toBe(1);
    expect((await sendsOf([`partner:${elsewhere.enrollment.id}`]))[0]?.sent).toBe(false);
  });

  it("tells partners their contest rank, gap, milestone, new creatives and webinars", async () => {
    const { program } = await makeProgram();
    const leader = await makePartner(program.id);
    const newcomer = await makePartner(program.id);
    await stats(program.id, leader.enrollment.id, period.from, 30);
    const day = (offset: number) =>
      new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
    await db.insert(contests).values({
      programId: program.id,
      name: "Click sprint",
      metric: "clicks",
      startsOn: period.from,
      endsOn: day(10),
      milestones: [{ threshold: "100", label: "Century" }],
      launchedAt: new Date(),
    });
    await db
      .insert(creatives)
      .values({ programId: program.id, kind: "ad_copy", name: "Winter copy", body: "Hi" });
    await insertWebinar(program.id, {
      title: "Winter Q&A",
      startsAt: new Date(now.getTime() + 3 * DAY),
    });

    const result = await sendDueDigests(db, now, { programIds: [program.id] });
    expect(result.partners.sent).toBe(2);
    const mails = await digestEmails([leader.user.email, newcomer.user.email]);
    const text = (email: string) => mails.find((m) => m.to === email)!.text;
    expect(text(leader.user.email)).toContain("You are number 1 of 1.");
    expect(text(leader.user.email)).toContain("70 more reaches the milestone “Century”.");
    expect(text(newcomer.user.email)).toContain("You are not on the table yet.");
    expect(text(newcomer.user.email)).toContain("31 more moves you up a place.");
    expect(text(newcomer.user.email)).toContain("1 new creative: Winter copy");
    expect(text(newcomer.user.email)).toContain("Winter Q&A");
  });
});

describe("program digests for subscribers", () => {
  it("sends the period's news to confirmed subscribers of the topic, nothing to the others", async () => {
    const { program } = await makeProgram();
    const tag = crypto.randomUUID().slice(0, 8);
    const address = (name: string) => `${name}-${tag}@subscribers.rally.test`;
    const rows = await db
      .insert(subscribers)
      .values([
        { programId: program.id, email: address("all"), status: "confirmed", locale: "ru" },
        {
          programId: program.id,
          email: address("courses"),
          status: "confirmed",
          topics: ["courses"],
        },
        { programId: program.id, email: address("pending"), status: "pending" },
      ])
      .returning();
    await db
      .insert(announcements)
      .values({ programId: program.id, kind: "news", title: "Winter rates" });

    const result = await sendDueDigests(db, now, { programIds: [program.id] });
    expect(result.subscribers).toEqual({ sent: 1, empty: 1, skipped: 0 });
    const mails = await digestEmails(rows.map((r) => r.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: address("all"), template: "programDigest", locale: "ru" });
    expect(mails[0]!.text).toContain("Winter rates");
    expect(mails[0]!.idempotencyKey).toBe(`digest:subscriber:${rows[0]!.id}:${period.key}`);
    expect(mails[0]!.headers["List-Unsubscribe"]).toBeTruthy();
  });
});
