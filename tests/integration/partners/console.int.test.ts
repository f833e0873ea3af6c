import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  commissionRules,
  enrollments,
  links,
  partnerNotes,
  statsDaily,
  statsHourly,
  users,
} from "~/server/db/schema/index";
import { performanceWindow } from "~/server/services/partners/performance-window";
import { addDays } from "~/lib/dates";
import { rebuildRunningTotals } from "~/server/tracking/running-rebuild";
import { clientError } from "../../support/client-error";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import { insertApproved, insertConversion, insertEntry } from "../../support/ledger";
import { byValueThenId, expectedWindowStats, seedCrowd, type CrowdMember } from "./fixtures";

const CROWD = 5_000;

describe("manage.partners.list with thousands of partners", () => {
  let programId: string;
  let managerId: string;
  let members: CrowdMember[];
  let expected: Map<string, { clicks: number; conversions: number; commission: bigint }>;
  let tag: string;
  const list = (query: Record<string, unknown>) =>
    callerFor(managerId).manage.partners.list({ programId, ...query });
  const stat = (id: string) => expected.get(id) ?? { clicks: 0, conversions: 0, commission: 0n };

  beforeAll(async () => {
    const { program, manager } = await makeProgram();
    programId = program.id;
    managerId = manager.id;
    ({ members, tag } = await seedCrowd(programId, CROWD));
    expected = await expectedWindowStats(programId);
  }, 120_000);

  it("pages the newest applications first, with each row's 30-day figures", async () => {
    const first = await list({ pageSize: 25 });
    expect(first.total).toBe(CROWD);
    expect(first.pages).toBe(CROWD / 25);
    expect(first.items.map((item) => item.email)).toEqual(
      [...members]
        .sort((a, b) => a.n - b.n)
        .slice(0, 25)
        .map((m) => m.email),
    );
    const last = await list({ pageSize: 25, page: CROWD / 25 });
    expect(last.items.at(-1)?.email).toBe(members.find((m) => m.n === CROWD)!.email);
    for (const item of [...first.items, ...last.items]) {
      expect(item.stats, item.email).toMatchObject(stat(item.id));
    }
    // n = 3 and 6 are active in the window; n = 5 only has an old day, which must not count.
    const five = first.items.find((item) => item.email.includes("-00005@"))!;
    expect(five.stats).toMatchObject({ clicks: 0, conversions: 0, commission: 0n });
    expect(first.items.find((item) => item.email.includes("-00003@"))!.stats.clicks).toBe(3);
  });

  it("filters by status and tier together, counting every match", async () => {
    const matches = members.filter((m) => m.status === "approved" && m.tierKey === "gold");
    const page = await list({ status: "approved", tier: "gold", pageSize: 100 });
    expect(page.total).toBe(matches.length);
    expect(page.items.every((item) => item.status === "approved" && item.tierKey === "gold")).toBe(
      true,
    );
    const untiered = await list({ tier: null, pageSize: 1 });
    expect(untiered.total).toBe(members.filter((m) => m.tierKey === null).length);
  });

  it("searches names, emails and referral codes, wildcards taken literally", async () => {
    const target = members.find((m) => m.n === 4321)!;
    expect((await list({ search: target.referralCode.toUpperCase() })).items).toEqual([
      expect.objectContaining({ id: target.id, referralCode: target.referralCode }),
    ]);
    expect((await list({ search: `crowd-${tag}-04321@` })).items.map((i) => i.id)).toEqual([
      target.id,
    ]);
    const byName = await list({ search: "celina crowd 1234", pageSize: 100 });
    expect(byName.items.map((item) => item.name)).toEqual(["Celina Crowd 1234"]);
    expect((await list({ search: "%" })).total).toBe(0);
    expect((await list({ search: "_" })).total).toBe(0);
  });

  for (const metric of ["commission", "conversions", "clicks"] as const) {
    it(`sorts by 30-day ${metric} from the rollups, ties by id, across pages`, async () => {
      const order = [...members].sort(byValueThenId((m) => stat(m.id)[metric]));
      const [first, second] = await Promise.all([
        list({ sort: metric, pageSize: 50 }),
        list({ sort: metric, pageSize: 50, page: 2 }),
      ]);
      expect([...first.items, ...second.items].map((item) => item.id)).toEqual(
        order.slice(0, 100).map((m) => m.id),
      );
      expect(first.items.map((item) => item.stats[metric])).toEqual(
        order.slice(0, 50).map((m) => stat(m.id)[metric]),
      );
    });
  }

  it("sorts a filtered subset by commission, every page in order", async () => {
    const suspended = members
      .filter((m) => m.status === "suspended")
      .sort(byValueThenId((m) => stat(m.id).commission));
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(suspended.length / 100); page++) {
      const result = await list({ status: "suspended", sort: "commission", pageSize: 100, page });
      seen.push(...result.items.map((item) => item.id));
    }
    expect(seen).toEqual(suspended.map((m) => m.id));
  });

  it("puts a net negative 30-day commission after every quiet partner", async () => {
    const negative = members.find((m) => m.n === 3000)!;
    expect(stat(negative.id).commission).toBe(-100_000n);
    const last = await list({ sort: "commission", pageSize: 1, page: CROWD });
    expect(last.items.map((item) => [item.id, item.stats.commission])).toEqual([
      [negative.id, -100_000n],
    ]);
  });

  it("refuses an invalid tier or sort before reading anything", async () => {
    expect(await clientError(list({ tier: "Not A Tier!" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await clientError(list({ sort: "random" }))).toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("manage.partners.list on a small program", () => {
  it("sorts by name (or email without one), case-insensitively", async () => {
    const { program, manager } = await makeProgram();
    const names = ["charlie", "Alpha", null, "bravo"];
    for (const name of names) {
      const partner = await makePartner(program.id);
      // A null name falls back to the email, which starts "person-": after the names.
      await db.update(users).set({ name }).where(eq(users.id, partner.user.id));
    }
    const result = await callerFor(manager.id).manage.partners.list({
      programId: program.id,
      sort: "name",
    });
    expect(result.items.map((item) => item.name)).toEqual(["Alpha", "bravo", "charlie", null]);
  });
});

describe("partner detail", () => {
  it("shows profile, referrals, 30-day and all-time stats, balance, links and conversions", async () => {
    const { program, manager } = await makeProgram();
    const recruiter = await makePartner(program.id);
    const { enrollment, user } = await makePartner(program.id, {
      referredById: recruiter.enrollment.id,
      tierKey: "gold",
    });
    await makePartner(program.id, { referredById: enrollment.id });
    await makePartner(program.id, { referredById: enrollment.id });
    const today = performanceWindow(new Date()).to;
    await db.insert(statsDaily).values([
      {
        programId: program.id,
        enrollmentId: enrollment.id,
        day: today,
        clicks: 10,
        uniqueClicks: 8,
        sales: 2,
        leads: 1,
        revenue: 5_000n,
        commission: 400n,
      },
      {
        programId: program.id,
        enrollmentId: enrollment.id,
        day: addDays(today, -29),
        clicks: 5,
        uniqueClicks: 5,
        installs: 3,
        commission: 300n,
      },
      {
        programId: program.id,
        enrollmentId: enrollment.id,
        day: addDays(today, -30),
        clicks: 100,
        sales: 7,
        revenue: 70_000n,
        commission: 7_000n,
      },
      { programId: program.id, enrollmentId: recruiter.enrollment.id, day: today, clicks: 999 },
    ]);
    await rebuildRunningTotals(db, program.id);
    const conversion = await insertConversion(program.id, enrollment.id);
    await insertEntry({
      programId: program.id,
      enrollmentId: enrollment.id,
      amount: 1_000n,
      conversionId: conversion.id,
    });
    await insertApproved({ programId: program.id, enrollmentId: enrollment.id, amount: 250n });

    const caller = callerFor(manager.id);
    const detail = await caller.manage.partners.get({
      programId: program.id,
      enrollmentId: enrollment.id,
    });
    expect(detail).toMatchObject({
      id: enrollment.id,
      email: user.email,
      status: "approved",
      tierKey: "gold",
      referralCode: enrollment.referralCode,
      referrer: { id: recruiter.enrollment.id, email: recruiter.user.email },
      recruits: 2,
      balance: { pending: 1_000n, available: 250n, inPayout: 0n, paid: 0n },
      currency: "EUR",
    });
    // No rule names "gold" yet: the current tier stays selectable anyway.
    expect(detail.tierOptions).toEqual(["gold"]);

    const stats = await caller.manage.partners.stats({
      programId: program.id,
      enrollmentId: enrollment.id,
    });
    expect(stats.daily).toHaveLength(30);
    expect(stats.daily.at(-1)).toMatchObject({ day: today, clicks: 10, commission: 400n });
    expect(stats.last30).toMatchObject({
      clicks: 15,
      uniqueClicks: 13,
      sales: 2,
      leads: 1,
      installs: 3,
      revenue: 5_000n,
      commission: 700n,
    });
    expect(stats.allTime).toMatchObject({
      clicks: 115,
      sales: 9,
      revenue: 75_000n,
      commission: 7_700n,
    });

    const conversions = await caller.manage.partners.conversions({
      programId: program.id,
      enrollmentId: enrollment.id,
    });
    expect(conversions.items).toEqual([
      expect.objectContaining({ id: conversion.id, commission: 1_000n, commissionNet: 1_000n }),
    ]);
  });

  it("lists a partner's links busiest first, paginated, from the hourly rollup", async () => {
    const { program, manager } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    const other = await makePartner(program.id);
    const made = await db
      .insert(links)
      .values(
        [0, 1, 2].map((i) => ({
          programId: program.id,
          enrollmentId: enrollment.id,
          code: `pl${enrollment.id.slice(0, 6)}${i}`,
          destination: "https://shop.example.com/",
          label: `link ${i}`,
        })),
      )
      .returning();
    const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    await db.insert(statsHourly).values([
      {
        programId: program.id,
        enrollmentId: enrollment.id,
        linkId: made[1]!.id,
        hour,
        clicks: 50,
        sales: 1,
        commission: 90n,
      },
      { programId: program.id, enrollmentId: enrollment.id, linkId: made[2]!.id, hour, clicks: 20 },
      // Older than the window: not counted.
      {
        programId: program.id,
        enrollmentId: enrollment.id,
        linkId: made[2]!.id,
        hour: new Date(hour.getTime() - 40 * 86_400_000),
        clicks: 1_000,
      },
    ]);
    const caller = callerFor(manager.id);
    const first = await caller.manage.partners.links({
      programId: program.id,
      enrollmentId: enrollment.id,
      pageSize: 2,
    });
    expect(first.total).toBe(3);
    expect(first.items.map((l) => [l.label, l.clicks])).toEqual([
      ["link 1", 50],
      ["link 2", 20],
    ]);
    expect(first.items[0]).toMatchObject({ conversions: 1, commission: 90n });
    const second = await caller.manage.partners.links({
      programId: program.id,
      enrollmentId: enrollment.id,
      pageSize: 2,
      page: 2,
    });
    expect(second.items.map((l) => [l.label, l.clicks])).toEqual([["link 0", 0]]);
    const none = await caller.manage.partners.links({
      programId: program.id,
      enrollmentId: other.enrollment.id,
    });
    expect(none.items).toEqual([]);
  });
});

describe("tiers and private notes", () => {
  it("sets a tier the rules know, audited, and refuses an unknown one", async () => {
    const { program, manager } = await makeProgram();
    await db.insert(commissionRules).values({
      programId: program.id,
      name: "Sales",
      event: "sale",
      basis: "percent",
      rateBps: 500,
      tierBonusBps: { gold: 200, silver: 100 },
    });
    const { enrollment, user } = await makePartner(program.id);
    const caller = callerFor(manager.id);
    const ref = { programId: program.id, enrollmentId: enrollment.id };
    expect((await caller.manage.partners.get(ref)).tierOptions).toEqual(["gold", "silver"]);
    await expect(caller.manage.partners.setTier({ ...ref, tierKey: "gold" })).resolves.toEqual({
      tierKey: "gold",
      changed: true,
    });
    await expect(caller.manage.partners.setTier({ ...ref, tierKey: "gold" })).resolves.toEqual({
      tierKey: "gold",
      changed: false,
    });
    expect(
      await clientError(caller.manage.partners.setTier({ ...ref, tierKey: "platinum" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("“platinum” is not a tier"),
    });
    await caller.manage.partners.setTier({ ...ref, tierKey: null });

    const [row] = await db.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
    expect(row?.tierKey).toBeNull();
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.programId, program.id), eq(auditLog.action, "enrollment.tierSet")))
      .orderBy(asc(auditLog.id));
    expect(audit.map((entry) => [entry.actorId, entry.targetId, entry.data])).toEqual([
      [manager.id, enrollment.id, { partner: user.email, from: null, to: "gold" }],
      [manager.id, enrollment.id, { partner: user.email, from: "gold", to: null }],
    ]);
  });

  it("adds notes, lists them newest first in pages, and deletes only the author's own", async () => {
    const { program, manager } = await makeProgram();
    const colleague = await makeUser();
    await callerFor(manager.id).manage.programs.addManager({
      programId: program.id,
      email: colleague.email,
    });
    const { enrollment } = await makePartner(program.id);
    const ref = { programId: program.id, enrollmentId: enrollment.id };
    const mine = callerFor(manager.id);
    const theirs = callerFor(colleague.id);
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const caller = i === 3 ? theirs : mine;
      ids.push((await caller.manage.partners.addNote({ ...ref, body: `  note ${i}  ` })).id);
    }
    expect(await clientError(mine.manage.partners.addNote({ ...ref, body: "   " }))).toMatchObject({
      code: "BAD_REQUEST",
    });

    const first = await mine.manage.partners.notes({ ...ref, limit: 2 });
    expect(first.items.map((note) => note.body)).toEqual(["note 5", "note 4"]);
    const second = await mine.manage.partners.notes({
      ...ref,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.items.map((note) => [note.body, note.mine])).toEqual([
      ["note 3", false],
      ["note 2", true],
    ]);
    const third = await mine.manage.partners.notes({
      ...ref,
      limit: 2,
      cursor: second.nextCursor!,
    });
    expect(third.items.map((note) => note.body)).toEqual(["note 1"]);
    expect(third.nextCursor).toBeNull();

    expect(
      await clientError(
        mine.manage.partners.deleteNote({ programId: program.id, noteId: ids[2]! }),
      ),
    ).toMatchObject({
      code: "FORBIDDEN",
      message: "Only the manager who wrote a note can delete it.",
    });
    await mine.manage.partners.deleteNote({ programId: program.id, noteId: ids[1]! });
    expect(
      await clientError(
        mine.manage.partners.deleteNote({ programId: program.id, noteId: ids[1]! }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: "We could not find that note." });
    const left = await mine.manage.partners.notes({ ...ref, limit: 10 });
    expect(left.items.map((note) => note.body)).toEqual(["note 5", "note 4", "note 3", "note 1"]);

    const audit = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId, data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.programId, program.id), eq(auditLog.targetId, enrollment.id)))
      .orderBy(asc(auditLog.id));
    expect(audit.map((entry) => entry.action)).toEqual([
      ...Array(5).fill("partnerNote.added"),
      "partnerNote.deleted",
    ]);
    expect(audit.at(-1)).toMatchObject({
      actorId: manager.id,
      data: { note: ids[1], excerpt: "note 2" },
    });
  });
});

describe("who may use manage.partners", () => {
  it("refuses another program's manager and a partner on every procedure", async () => {
    const { program, manager } = await makeProgram();
    const { enrollment, user: partner } = await makePartner(program.id);
    const note = await callerFor(manager.id).manage.partners.addNote({
      programId: program.id,
      enrollmentId: enrollment.id,
      body: "Secret",
    });
    const { program: foreign, manager: stranger } = await makeProgram();
    const ref = { enrollmentId: enrollment.id };
    const calls = (caller: ReturnType<typeof callerFor>, programId: string) => ({
      list: () => caller.manage.partners.list({ programId }),
      get: () => caller.manage.partners.get({ programId, ...ref }),
      stats: () => caller.manage.partners.stats({ programId, ...ref }),
      links: () => caller.manage.partners.links({ programId, ...ref }),
      conversions: () => caller.manage.partners.conversions({ programId, ...ref }),
      setTier: () => caller.manage.partners.setTier({ programId, ...ref, tierKey: null }),
      notes: () => caller.manage.partners.notes({ programId, ...ref }),
      addNote: () => caller.manage.partners.addNote({ programId, ...ref, body: "x" }),
      deleteNote: () => caller.manage.partners.deleteNote({ programId, noteId: note.id }),
    });
    const attempts = [
      // The stranger names the program they do not manage…
      ...Object.entries(calls(callerFor(stranger.id), program.id)),
      // …or their own program with this program's partner and note: neither is found.
      ...Object.entries(calls(callerFor(stranger.id), foreign.id)).filter(
        ([name]) => name !== "list",
      ),
      // The partner is no manager of their own program.
      ...Object.entries(calls(callerFor(partner.id), program.id)),
    ];
    for (const [name, call] of attempts) {
      expect((await clientError(call())).code, name).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
    }
    // Nothing was written by the refused calls.
    expect(
      await db.select().from(partnerNotes).where(eq(partnerNotes.enrollmentId, enrollment.id)),
    ).toHaveLength(1);
    const [row] = await db.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
    expect(row?.tierKey).toBeNull();
    // The stranger's own list does not include this program's partners.
    const own = await callerFor(stranger.id).manage.partners.list({ programId: foreign.id });
    expect(own.items.map((item) => item.id)).not.toContain(enrollment.id);
  });

  it("never returns a private note through the partner's own procedures", async () => {
    const { program, manager } = await makeProgram();
    const { enrollment, user } = await makePartner(program.id);
    const secret = `private-${enrollment.id}`;
    await callerFor(manager.id).manage.partners.addNote({
      programId: program.id,
      enrollmentId: enrollment.id,
      body: secret,
    });
    const asPartner = callerFor(user.id);
    const seen = await Promise.all([
      asPartner.account.me(),
      asPartner.partner.programs.list(),
      asPartner.partner.programs.get({ slug: program.slug }),
      asPartner.partner.links.list({ programId: program.id }),
      asPartner.partner.earnings.balances(),
      asPartner.partner.earnings.entries({ limit: 50 }),
      asPartner.partner.payouts.list({}),
    ]);
    expect(
      JSON.stringify(seen, (_key, value: unknown) =>
        typeof value === "bigint" ? String(value) : value,
      ),
    ).not.toContain(secret);
  });

  it("keeps partner_notes out of every module outside the manager's notes services", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const root = path.resolve(import.meta.dirname, "../../../src");
    const files = (await readdir(root, { recursive: true }))
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => file.split(path.sep).join("/"));
    const readers: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(root, file), "utf8");
      if (/partnerNotes|partner_notes/.test(text)) readers.push(file);
    }
    const allowed = (file: string) =>
      file === "server/db/schema/portal.ts" ||
      /^server\/services\/partners\/[a-z-]*partner-note[a-z-]*\.ts$/.test(file) ||
      file === "server/seed/demo-partner-notes.ts";
    expect(readers.filter((file) => !allowed(file))).toEqual([]);
  });
});

describe("seedDemoPartnerNotes", () => {
  it("writes a few notes and tiers through the audited services, once", async () => {
    const { program, manager } = await makeProgram();
    await db.insert(commissionRules).values({
      programId: program.id,
      name: "Sales",
      event: "sale",
      basis: "percent",
      rateBps: 500,
      tierBonusBps: { gold: 200, silver: 100 },
    });
    await makePartner(program.id, { tierKey: "gold" });
    await makePartner(program.id, { status: "suspended" });
    await makePartner(program.id);
    await makePartner(program.id);
    const { seedDemoPartnerNotes } = await import("~/server/seed/demo-partner-notes");
    const options = { programId: program.id, managerId: manager.id };
    await expect(seedDemoPartnerNotes(db, options)).resolves.toEqual({ notes: 2, tiers: 2 });
    await expect(seedDemoPartnerNotes(db, options)).resolves.toEqual({ notes: 0, tiers: 0 });
    const silver = await db
      .select()
      .from(enrollments)
      .where(and(eq(enrollments.programId, program.id), eq(enrollments.tierKey, "silver")));
    expect(silver).toHaveLength(2);
    const audit = await callerFor(manager.id).manage.audit.list({
      programId: program.id,
      q: "partnerNote",
    });
    expect(audit.items).toHaveLength(2);
  });
});
