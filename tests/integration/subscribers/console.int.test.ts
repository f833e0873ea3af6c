import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditLog,
  consentRecords,
  partnerEmailPreferences,
  subscribers,
  users,
} from "~/server/db/schema/index";
import { exportTables } from "~/server/services/exports/registry";
import { db } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";

let counter = 0;
const address = (tag: string) => `${tag}-${Date.now()}-${++counter}@example.com`;

async function seedSubscribers(programId: string) {
  const rows = await db
    .insert(subscribers)
    .values([
      ...Array.from({ length: 4 }, (_, i) => ({
        programId,
        email: address(`conf${i}`),
        status: "confirmed" as const,
        createdAt: new Date(Date.now() - (10 - i) * 60_000),
      })),
      { programId, email: address("pend"), name: "Pat Pending", status: "pending" as const },
      { programId, email: address("gone"), status: "unsubscribed" as const },
    ])
    .returning();
  return rows;
}

describe("the subscribers console", () => {
  it("lists, filters, searches, pages and counts the program's subscribers", async () => {
    const { program, manager } = await makeProgram();
    const { program: other } = await makeProgram();
    const rows = await seedSubscribers(program.id);
    await seedSubscribers(other.id);
    const caller = callerFor(manager.id);

    const all = await caller.manage.subscribers.list({ programId: program.id, pageSize: 4 });
    expect(all).toMatchObject({ total: 6, pages: 2 });
    expect(all.items).toHaveLength(4);
    const second = await caller.manage.subscribers.list({
      programId: program.id,
      pageSize: 4,
      page: 2,
    });
    const seen = [...all.items, ...second.items].map((item) => item.id).sort();
    expect(seen).toEqual(rows.map((row) => row.id).sort());

    const confirmed = await caller.manage.subscribers.list({
      programId: program.id,
      status: "confirmed",
    });
    expect(confirmed.total).toBe(4);
    const found = await caller.manage.subscribers.list({
      programId: program.id,
      search: "pat pen",
    });
    expect(found.items.map((item) => item.status)).toEqual(["pending"]);
    const literal = await caller.manage.subscribers.list({ programId: program.id, search: "%" });
    expect(literal.total).toBe(0);

    await expect(caller.manage.subscribers.counts({ programId: program.id })).resolves.toEqual({
      pending: 1,
      confirmed: 4,
      unsubscribed: 1,
    });
  });

  it("removes a subscriber, keeping the consent trail and auditing it", async () => {
    const { program, manager } = await makeProgram();
    const [target] = await seedSubscribers(program.id);
    const caller = callerFor(manager.id);
    await caller.manage.subscribers.remove({ programId: program.id, subscriberId: target!.id });
    expect(await db.select().from(subscribers).where(eq(subscribers.id, target!.id))).toEqual([]);
    const trail = await db
      .select()
      .from(consentRecords)
      .where(
        and(eq(consentRecords.programId, program.id), eq(consentRecords.email, target!.email)),
      );
    expect(trail).toMatchObject([{ action: "removed", method: "manager" }]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.programId, program.id), eq(auditLog.action, "subscriber.removed")));
    expect(audit).toMatchObject({ actorId: manager.id, targetId: target!.id });
    const again = await clientError(
      caller.manage.subscribers.remove({ programId: program.id, subscriberId: target!.id }),
    );
    expect(again.code).toBe("NOT_FOUND");
  });

  it("refuses strangers: another program's manager, a partner, nobody", async () => {
    const { program } = await makeProgram();
    const { manager: stranger, program: strangersProgram } = await makeProgram();
    const { user: partner } = await makePartner(program.id);
    const [target] = await seedSubscribers(program.id);
    // Thunks: each call starts only when awaited, so none rejects unobserved.
    const calls = (userId: string | null) => {
      const caller = callerFor(userId);
      return [
        () => caller.manage.subscribers.list({ programId: program.id }),
        () => caller.manage.subscribers.counts({ programId: program.id }),
        () => caller.manage.subscribers.remove({ programId: program.id, subscriberId: target!.id }),
      ];
    };
    for (const call of calls(stranger.id))
      expect((await clientError(call())).code).toBe("NOT_FOUND");
    for (const call of calls(partner.id))
      expect((await clientError(call())).code).toBe("NOT_FOUND");
    for (const call of calls(null)) expect((await clientError(call())).code).toBe("UNAUTHORIZED");
    // Their own program id does not reach this program's subscriber either.
    const foreign = await clientError(
      callerFor(stranger.id).manage.subscribers.remove({
        programId: strangersProgram.id,
        subscriberId: target!.id,
      }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    expect(await db.select().from(subscribers).where(eq(subscribers.id, target!.id))).toHaveLength(
      1,
    );
  });

  it("exports the filtered list as CSV rows", async () => {
    const { program, manager } = await makeProgram();
    await seedSubscribers(program.id);
    const parsed = exportTables.subscribers.parse({ status: "confirmed" });
    if (!parsed.ok) throw new Error("the export refused valid parameters");
    const rows: unknown[][] = [];
    for await (const page of parsed.prepared.pages({ db, userId: manager.id, program }))
      rows.push(...page);
    expect(exportTables.subscribers.header).toContain("email");
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row[2] === "confirmed")).toBe(true);
  });
});

describe("partner email preferences", () => {
  it("shows defaults, saves choices per program and the time zone", async () => {
    const { program } = await makeProgram();
    const { program: second } = await makeProgram();
    const { user, enrollment } = await makePartner(program.id);
    const caller = callerFor(user.id);
    const initial = await caller.partner.emailPreferences.get();
    expect(initial).toEqual({
      timeZone: "UTC",
      programs: [
        {
          enrollmentId: enrollment.id,
          programName: program.name,
          newsletters: true,
          announcements: true,
          digest: "weekly",
        },
      ],
    });
    expect(second.id).not.toBe(program.id);

    await caller.partner.emailPreferences.set({
      enrollmentId: enrollment.id,
      newsletters: false,
      announcements: true,
      digest: "monthly",
    });
    await caller.partner.emailPreferences.set({
      enrollmentId: enrollment.id,
      newsletters: false,
      announcements: false,
      digest: "off",
    });
    const [saved] = await db
      .select()
      .from(partnerEmailPreferences)
      .where(eq(partnerEmailPreferences.enrollmentId, enrollment.id));
    expect(saved).toMatchObject({ newsletters: false, announcements: false, digest: "off" });

    await caller.partner.emailPreferences.setTimeZone({ timeZone: "America/New_York" });
    const [me] = await db.select().from(users).where(eq(users.id, user.id));
    expect(me?.timeZone).toBe("America/New_York");
    const bad = await clientError(
      caller.partner.emailPreferences.setTimeZone({ timeZone: "Atlantis/Capital" }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
  });

  it("refuses another partner's enrollment and anonymous callers", async () => {
    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    const other = await makeUser();
    const choice = {
      enrollmentId: enrollment.id,
      newsletters: false,
      announcements: false,
      digest: "off" as const,
    };
    const refused = await clientError(callerFor(other.id).partner.emailPreferences.set(choice));
    expect(refused.code).toBe("NOT_FOUND");
    expect(
      await db
        .select()
        .from(partnerEmailPreferences)
        .where(eq(partnerEmailPreferences.enrollmentId, enrollment.id)),
    ).toEqual([]);
    expect((await clientError(callerFor(null).partner.emailPreferences.get())).code).toBe(
      "UNAUTHORIZED",
    );
    expect((await callerFor(other.id).partner.emailPreferences.get()).programs).toEqual([]);
  });
});

describe("the demo seed", () => {
  it("adds confirmed, pending and unsubscribed readers with their consent trail, once", async () => {
    const { program, manager } = await makeProgram();
    const { seedDemoSubscribers } = await import("~/server/seed/demo-subscribers");
    await expect(seedDemoSubscribers(db, { programId: program.id })).resolves.toEqual({
      added: 37,
    });
    await expect(seedDemoSubscribers(db, { programId: program.id })).resolves.toEqual({ added: 0 });
    await expect(
      callerFor(manager.id).manage.subscribers.counts({ programId: program.id }),
    ).resolves.toEqual({ confirmed: 30, pending: 4, unsubscribed: 3 });
    const trail = await db
      .select({ action: consentRecords.action })
      .from(consentRecords)
      .where(eq(consentRecords.programId, program.id));
    expect(trail.filter((entry) => entry.action === "confirmed")).toHaveLength(33);
    expect(trail).toHaveLength(37 + 33 + 3);
  });
});
