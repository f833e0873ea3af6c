/**
 * Automatic announcements: written in the transaction of the change they report, once per
 * change, to the right partners, and emailed once (new terms to every approved partner, since
 * they must re-accept; new creatives merged into one announcement per program and day).
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { announcements } from "~/server/db/schema/index";
import { emailPendingAnnouncements } from "~/server/services/announcements/email-announcements";
import { createCreative } from "~/server/services/creatives/create-creative";
import { db } from "../../support/db";
import { callerFor } from "../../support/factories";
import { announcementNoticesFor, announcementProgram, announcementsOf, mailTo } from "./fixtures";

const rule = {
  name: "Standard sale",
  event: "sale" as const,
  basis: "percent" as const,
  rateBps: 1250,
};

describe("automatic announcements", () => {
  it("announces commission rules created, changed and activated, never deactivated", async () => {
    const s = await announcementProgram();
    const rules = callerFor(s.manager.id).manage.commissionRules;
    const created = await rules.create({ programId: s.program.id, rule });
    await rules.update({
      programId: s.program.id,
      ruleId: created.id,
      rule: { ...rule, rateBps: 1500 },
    });
    // No change, no news.
    await rules.update({
      programId: s.program.id,
      ruleId: created.id,
      rule: { ...rule, rateBps: 1500 },
    });
    await rules.setActive({ programId: s.program.id, ruleId: created.id, active: false });
    await rules.setActive({ programId: s.program.id, ruleId: created.id, active: true });

    const rows = await announcementsOf(s.program.id);
    expect(rows.map((a) => a.kind)).toEqual([
      "commission_changed",
      "commission_changed",
      "commission_changed",
    ]);
    expect(rows.map((a) => a.data.change).sort()).toEqual(["activated", "created", "updated"]);
    expect(rows.find((a) => a.data.change === "updated")!.data).toMatchObject({
      ruleName: "Standard sale",
      rateBps: 1500,
    });
    const notices = await announcementNoticesFor(
      [s.active, s.quiet, s.pending, s.suspended].map((p) => p.user.id),
    );
    expect(notices).toHaveLength(6);
    expect(new Set(notices.map((n) => n.userId))).toEqual(
      new Set([s.active.user.id, s.quiet.user.id]),
    );

    await emailPendingAnnouncements(db);
    await emailPendingAnnouncements(db);
    const everyone = [s.active, s.quiet, s.pending, s.suspended].map((p) => p.user.email);
    const mail = await mailTo(everyone);
    expect(mail).toHaveLength(3);
    expect(new Set(mail.map((m) => m.to))).toEqual(new Set([s.active.user.email]));
    expect(mail.map((m) => m.text).join("\n")).toContain("15%");
  });

  it("rolls back with the change: a refused rule announces nothing", async () => {
    const s = await announcementProgram();
    await expect(
      callerFor(s.manager.id).manage.commissionRules.create({
        programId: s.program.id,
        rule: { ...rule, event: "lead" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await announcementsOf(s.program.id)).toHaveLength(0);
  });

  it("announces a new cookie window once, and nothing for other settings", async () => {
    const s = await announcementProgram();
    const settings = {
      programId: s.program.id,
      name: s.program.name,
      description: s.program.description,
      currency: s.program.currency,
      cookieWindowDays: s.program.cookieWindowDays,
      holdPeriodDays: s.program.holdPeriodDays,
      allowedDomains: s.program.allowedDomains,
      approvalMode: s.program.approvalMode,
    };
    const programs = callerFor(s.manager.id).manage.programs;
    await programs.update({ ...settings, holdPeriodDays: 20 });
    expect(await announcementsOf(s.program.id)).toHaveLength(0);
    await programs.update({ ...settings, holdPeriodDays: 20, cookieWindowDays: 60 });
    const [only, ...rest] = await announcementsOf(s.program.id);
    expect(rest).toHaveLength(0);
    expect(only).toMatchObject({ kind: "cookie_window_changed", data: { from: 30, to: 60 } });
    await emailPendingAnnouncements(db);
    const mail = await mailTo([s.active.user.email, s.quiet.user.email]);
    expect(mail.map((m) => m.to)).toEqual([s.active.user.email]);
    expect(mail[0]!.text).toContain("60 days");
  });

  it("tells every approved partner about new terms, by email even with announcements off", async () => {
    const s = await announcementProgram();
    await callerFor(s.manager.id).manage.programs.publishTerms({
      programId: s.program.id,
      body: "These are the new program terms, version two, with changes.",
    });
    const [terms, ...rest] = await announcementsOf(s.program.id);
    expect(rest).toHaveLength(0);
    expect(terms).toMatchObject({ kind: "terms_changed", data: { version: 2 } });
    const notices = await announcementNoticesFor([s.active.user.id, s.quiet.user.id]);
    expect(notices).toHaveLength(2);

    await emailPendingAnnouncements(db);
    await emailPendingAnnouncements(db);
    const everyone = [s.active, s.quiet, s.pending, s.suspended].map((p) => p.user.email);
    const mail = await mailTo(everyone);
    expect(mail.map((m) => m.to).sort()).toEqual([s.active.user.email, s.quiet.user.email].sort());
    for (const message of mail) {
      expect(message.template).toBe("termsUpdated");
      expect(message.category).toBe("transactional");
      expect(message.html).toContain(`/portal/programs/${s.program.slug}`);
      expect(message.text).toMatch(/accept/i);
    }
  });

  it("merges a day's new creatives into one announcement, emailed once after the day", async () => {
    const s = await announcementProgram();
    const ctx = { db, userId: s.manager.id, program: s.program };
    for (const name of ["Summer copy", "Autumn copy"]) {
      await createCreative(ctx, { source: "text", kind: "ad_copy", name, body: `${name} text` });
    }
    const [merged, ...rest] = await announcementsOf(s.program.id);
    expect(rest).toHaveLength(0);
    expect(merged).toMatchObject({
      kind: "creatives_changed",
      data: { count: 2, names: ["Summer copy", "Autumn copy"] },
    });
    // Creatives leave their own notices: no second notice for the announcement.
    expect(await announcementNoticesFor([s.active.user.id])).toHaveLength(0);

    const addresses = [s.active.user.email, s.quiet.user.email];
    await emailPendingAnnouncements(db);
    expect(await mailTo(addresses)).toHaveLength(0);

    // The day is over: the merged announcement goes out once, and tomorrow starts a new one.
    await db
      .update(announcements)
      .set({ createdAt: sql`now() - interval '1 day'` })
      .where(eq(announcements.id, merged!.id));
    await emailPendingAnnouncements(db);
    await emailPendingAnnouncements(db);
    const mail = await mailTo(addresses);
    expect(mail.map((m) => m.to)).toEqual([s.active.user.email]);
    expect(mail[0]!.text).toContain("Summer copy, Autumn copy");
    await createCreative(ctx, { source: "text", kind: "ad_copy", name: "Winter", body: "Cold" });
    expect(await announcementsOf(s.program.id)).toHaveLength(2);
  });
});
