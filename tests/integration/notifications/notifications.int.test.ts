import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { callerFor, makeProgram, makeUser } from "../../support/factories";

type NewNotice = typeof notifications.$inferInsert;

async function notify(userId: string, count: number, values: Partial<NewNotice> = {}) {
  const start = Date.now() - count * 60_000;
  return db
    .insert(notifications)
    .values(
      Array.from({ length: count }, (_, n) => ({
        userId,
        kind: "creative.created",
        data: { creativeId: crypto.randomUUID(), name: `Creative ${n}`, kind: "banner" },
        createdAt: new Date(start + n * 60_000),
        ...values,
      })),
    )
    .returning();
}

describe("in-portal notices", () => {
  it("lists the caller's notices newest first, page by page, with their program", async () => {
    const { program } = await makeProgram();
    const me = await makeUser();
    const rows = await notify(me.id, 5, { programId: program.id });
    const caller = callerFor(me.id).partner.notifications;

    const first = await caller.list({ limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual([rows[4]!.id, rows[3]!.id]);
    expect(first.items[0]).toMatchObject({
      kind: "creative.created",
      data: { name: "Creative 4", kind: "banner" },
      read: false,
      program: { slug: program.slug, name: program.name },
    });
    const second = await caller.list({ limit: 2, after: first.nextCursor! });
    const third = await caller.list({ limit: 2, after: second.nextCursor! });
    expect(second.items.map((item) => item.id)).toEqual([rows[2]!.id, rows[1]!.id]);
    expect(third.items.map((item) => item.id)).toEqual([rows[0]!.id]);
    expect(third.nextCursor).toBeNull();
  });

  it("counts and marks only the caller's unread notices", async () => {
    const me = await makeUser();
    const other = await makeUser();
    const mine = await notify(me.id, 3);
    const theirs = await notify(other.id, 2);
    const caller = callerFor(me.id).partner.notifications;
    expect(await caller.unreadCount()).toBe(3);

    // Someone else's ids are ignored, not an error that would confirm they exist.
    expect(await caller.markRead({ ids: [mine[0]!.id, theirs[0]!.id] })).toEqual({ changed: 1 });
    expect(await caller.markRead({ ids: [mine[0]!.id] })).toEqual({ changed: 0 });
    expect(await caller.unreadCount()).toBe(2);
    expect((await caller.list({ limit: 10, unreadOnly: true })).items).toHaveLength(2);

    expect(await caller.markAllRead()).toEqual({ changed: 2 });
    expect(await caller.unreadCount()).toBe(0);
    const otherUnread = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, other.id));
    expect(otherUnread.every((row) => row.readAt === null)).toBe(true);
    expect(await callerFor(other.id).partner.notifications.unreadCount()).toBe(2);
  });

  it("never shows another person's notices, even through a cursor", async () => {
    const me = await makeUser();
    const other = await makeUser();
    await notify(me.id, 1);
    const theirs = await notify(other.id, 3);
    const caller = callerFor(me.id).partner.notifications;
    const seen = await caller.list({ limit: 50 });
    expect(seen.items).toHaveLength(1);
    expect(seen.items.map((item) => item.id)).not.toContain(theirs[0]!.id);
    // A foreign cursor is no cursor of mine: it pages after nothing and shows none of theirs.
    const paged = await caller.list({ limit: 50, after: theirs[2]!.id });
    expect(paged).toEqual({ items: [], nextCursor: null });
  });

  it("caps the unread count and requires a session", async () => {
    const me = await makeUser();
    await notify(me.id, 120);
    expect(await callerFor(me.id).partner.notifications.unreadCount()).toBe(100);
    await expect(callerFor(null).partner.notifications.unreadCount()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(callerFor(null).partner.notifications.markAllRead()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const unread = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, me.id), isNull(notifications.readAt)));
    expect(unread).toHaveLength(120);
  });
});
