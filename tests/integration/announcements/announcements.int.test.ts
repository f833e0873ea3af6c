/**
 * Program news: posted by a manager, shown in the portal of the program's approved partners,
 * a notice each, and emailed once to those who keep announcement emails on.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { announcements, users } from "~/server/db/schema/index";
import { seedDemoAnnouncements } from "~/server/seed/demo-announcements";
import { emailPendingAnnouncements } from "~/server/services/announcements/email-announcements";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { announcementNoticesFor, announcementProgram, announcementsOf, mailTo } from "./fixtures";

const news = {
  title: "Summer campaign",
  body: "New **banners** are ready. <script>alert(1)</script>[docs](javascript:alert(1))",
};

describe("manager announcements", () => {
  it("posts news: portal notices for approved partners, one email each where allowed", async () => {
    const s = await announcementProgram();
    const posted = await callerFor(s.manager.id).manage.announcements.post({
      programId: s.program.id,
      ...news,
    });
    expect(posted.notified).toBe(2);
    const notices = await announcementNoticesFor(
      [s.active, s.quiet, s.pending, s.suspended].map((p) => p.user.id),
    );
    expect(notices.map((n) => n.userId).sort()).toEqual([s.active.user.id, s.quiet.user.id].sort());
    expect(notices[0]?.data).toMatchObject({ announcementId: posted.id, title: news.title });

    const everyone = [s.active, s.quiet, s.pending, s.suspended].map((p) => p.user.email);
    await emailPendingAnnouncements(db);
    const sent = await mailTo(everyone);
    expect(sent.map((m) => m.to)).toEqual([s.active.user.email]);
    expect(sent[0]).toMatchObject({
      template: "announcement",
      idempotencyKey: `announcement:${posted.id}:${s.active.enrollment.id}`,
      category: "bulk",
    });
    expect(sent[0]!.subject).toContain(news.title);
    expect(sent[0]!.html).toContain("<strong>banners</strong>");
    expect(sent[0]!.html).not.toContain("<script");
    expect(sent[0]!.html).not.toContain("javascript:");
    expect(sent[0]!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(sent[0]!.headers["List-Unsubscribe"]).toContain("/api/email/unsubscribe?token=");
    expect(sent[0]!.html).toContain("/preferences/");
    const [row] = await db.select().from(announcements).where(eq(announcements.id, posted.id));
    expect(row!.emailedAt).not.toBeNull();

    // The job again (and a crash-resume that forgets emailedAt): nobody gets a second copy.
    await emailPendingAnnouncements(db);
    await db.update(announcements).set({ emailedAt: null }).where(eq(announcements.id, posted.id));
    await emailPendingAnnouncements(db);
    expect(await mailTo(everyone)).toHaveLength(1);
  });

  it("sends in the partner's language", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makePartner(program.id);
    await db.update(users).set({ locale: "pl" }).where(eq(users.id, partner.user.id));
    await callerFor(manager.id).manage.announcements.post({ programId: program.id, ...news });
    await emailPendingAnnouncements(db);
    const [mail] = await mailTo([partner.user.email]);
    expect(mail?.locale).toBe("pl");
    expect(mail?.html).toContain("Przeczytaj w portalu");
  });

  it("validates the input", async () => {
    const { program, manager } = await makeProgram();
    await expect(
      callerFor(manager.id).manage.announcements.post({
        programId: program.id,
        title: "",
        body: "x",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("lists the program's announcements newest first, paginated, for its managers only", async () => {
    const { program, manager } = await makeProgram();
    const caller = callerFor(manager.id).manage.announcements;
    for (let i = 1; i <= 12; i += 1) {
      await caller.post({ programId: program.id, title: `News ${i}`, body: `Body ${i}` });
    }
    const first = await caller.list({ programId: program.id, page: 1 });
    expect(first.total).toBe(12);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(10);
    expect(first.items[0]!.title).toBe("News 12");
    const second = await caller.list({ programId: program.id, page: 2 });
    expect(second.items.map((a) => a.title)).toEqual(["News 2", "News 1"]);
  });

  it("refuses strangers: another program's manager, a partner, nobody", async () => {
    const { program } = await makeProgram();
    const other = await makeProgram();
    const partner = await makePartner(program.id);
    for (const userId of [other.manager.id, partner.user.id]) {
      const caller = callerFor(userId).manage.announcements;
      await expect(caller.list({ programId: program.id, page: 1 })).rejects.toMatchObject({
        code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
      });
      await expect(caller.post({ programId: program.id, ...news })).rejects.toMatchObject({
        code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
      });
    }
    await expect(
      callerFor(null).manage.announcements.list({ programId: program.id, page: 1 }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await announcementsOf(program.id)).toHaveLength(0);
  });
});

describe("partner news", () => {
  it("shows news of the partner's approved programs only, rendered safely", async () => {
    const s = await announcementProgram();
    const elsewhere = await makeProgram();
    await callerFor(s.manager.id).manage.announcements.post({ programId: s.program.id, ...news });
    await callerFor(elsewhere.manager.id).manage.announcements.post({
      programId: elsewhere.program.id,
      title: "Not yours",
      body: "Secret",
    });

    const mine = await callerFor(s.active.user.id).partner.announcements.list({ page: 1 });
    expect(mine.items.map((a) => a.title)).toEqual([news.title]);
    expect(mine.items[0]!.html).toContain("<strong>banners</strong>");
    expect(mine.items[0]!.html).not.toMatch(/<script|javascript:/);
    expect(mine.items[0]!.program.slug).toBe(s.program.slug);

    for (const stranger of [s.pending, s.suspended]) {
      const theirs = await callerFor(stranger.user.id).partner.announcements.list({ page: 1 });
      expect(theirs.items).toHaveLength(0);
    }
    // Another program's slug only narrows among the caller's own programs: nothing.
    const foreign = await callerFor(s.active.user.id).partner.announcements.list({
      page: 1,
      programSlug: elsewhere.program.slug,
    });
    expect(foreign.total).toBe(0);
    const own = await callerFor(s.active.user.id).partner.announcements.list({
      page: 1,
      programSlug: s.program.slug,
    });
    expect(own.total).toBe(1);
    await expect(callerFor(null).partner.announcements.list({ page: 1 })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("demo announcements", () => {
  it("seeds news the partner sees, already counted as emailed", async () => {
    const { program, manager } = await makeProgram();
    const partner = await makePartner(program.id);
    await seedDemoAnnouncements(db, {
      programId: program.id,
      managerId: manager.id,
      cookieWindowDays: 90,
    });
    const rows = await announcementsOf(program.id);
    expect(rows).toHaveLength(2);
    expect(rows.every((a) => a.emailedAt !== null)).toBe(true);
    const seen = await callerFor(partner.user.id).partner.announcements.list({ page: 1 });
    expect(seen.items.map((a) => a.kind)).toEqual(["news", "cookie_window_changed"]);
    await emailPendingAnnouncements(db);
    expect(await mailTo([partner.user.email])).toHaveLength(0);
  });
});
