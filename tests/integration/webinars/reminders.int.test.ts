/**
 * Reminder jobs that do not double-send after a worker crash: every reminder is claimed by a
 * webinar_reminders row in the transaction that writes its email, so reruns, concurrent
 * workers and a run that dies mid-transaction all end with exactly one email per kind.
 */
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users, webinarReminders } from "~/server/db/schema/index";
import { webinarRemindHandler } from "~/server/jobs/handlers/webinar-remind";
import {
  dueReminders,
  sendDueReminders,
  sendReminder,
} from "~/server/services/webinars/send-reminders";
import { db } from "../../support/db";
import {
  DAY,
  emailsTo,
  HOUR,
  insertWebinar,
  MINUTE,
  registeredPartner,
  webinarProgram,
} from "./fixtures";

const remindersOf = (webinarIds: string[]) =>
  db.select().from(webinarReminders).where(inArray(webinarReminders.webinarId, webinarIds));

async function scenario() {
  const { program } = await webinarProgram();
  const now = new Date();
  const soon = await insertWebinar(program.id, {
    title: "Starts soon",
    startsAt: new Date(now.getTime() + 30 * MINUTE),
  });
  const tomorrow = await insertWebinar(program.id, {
    title: "Tomorrow",
    startsAt: new Date(now.getTime() + 20 * HOUR),
  });
  const cancelled = await insertWebinar(program.id, {
    startsAt: new Date(now.getTime() + 2 * HOUR),
    cancelledAt: now,
  });
  const later = await insertWebinar(program.id, { startsAt: new Date(now.getTime() + 3 * DAY) });
  const hourA = await registeredPartner(program.id, soon.id);
  const hourB = await registeredPartner(program.id, soon.id);
  const day = await registeredPartner(program.id, tomorrow.id);
  // Registered 10 minutes ago: the confirmation is enough, no "tomorrow" email right after it.
  const fresh = await registeredPartner(program.id, tomorrow.id, {
    registeredAt: new Date(now.getTime() - 10 * MINUTE),
  });
  const none = [
    await registeredPartner(program.id, cancelled.id),
    await registeredPartner(program.id, later.id),
  ];
  const addresses = [hourA, hourB, day, fresh, ...none].map((p) => p.user.email);
  const webinarIds = [soon.id, tomorrow.id, cancelled.id, later.id];
  return { soon, tomorrow, hourA, hourB, day, fresh, none, addresses, webinarIds };
}

describe("webinar reminders", () => {
  it("sends the hour-before and day-before reminders once, however often the job runs", async () => {
    const s = await scenario();
    await sendDueReminders(db);
    await sendDueReminders(db);
    await webinarRemindHandler(db, () => {})();

    const sent = await emailsTo(s.addresses, "webinarReminder");
    expect(sent.map((email) => email.to).sort()).toEqual(
      [s.hourA.user.email, s.hourB.user.email, s.day.user.email].sort(),
    );
    const hourMail = sent.find((email) => email.to === s.hourA.user.email)!;
    expect(hourMail.subject).toBe("Starting within the hour: Starts soon");
    expect(hourMail.text).toContain("Europe/Warsaw");
    const dayMail = sent.find((email) => email.to === s.day.user.email)!;
    expect(dayMail.subject).toBe("Tomorrow: Tomorrow");

    const rows = await remindersOf(s.webinarIds);
    expect(rows.map((row) => `${row.enrollmentId}:${row.kind}`).sort()).toEqual(
      [
        `${s.hourA.enrollment.id}:hour_before`,
        `${s.hourB.enrollment.id}:hour_before`,
        `${s.day.enrollment.id}:day_before`,
      ].sort(),
    );
  });

  it("sends exactly one email per registration and kind when two workers run at once", async () => {
    const s = await scenario();
    const [first, second] = await Promise.all([sendDueReminders(db), sendDueReminders(db)]);
    const sent = await emailsTo(s.addresses, "webinarReminder");
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((email) => email.to)).size).toBe(3);
    // Between them the two runs sent each of ours once (other tests' webinars may add to both).
    expect(first + second).toBeGreaterThanOrEqual(3);
    expect(await remindersOf(s.webinarIds)).toHaveLength(3);
  });

  it("leaves nothing behind when a run dies after claiming, and the rerun sends once", async () => {
    const s = await scenario();
    const due = (await dueReminders(db, new Date())).filter((c) =>
      s.webinarIds.includes(c.webinarId),
    );
    expect(due).toHaveLength(3);
    const victim = due.find((c) => c.enrollmentId === s.hourA.enrollment.id)!;

    // The worker crashes after the reminder row and the email were written, before commit.
    await expect(
      db.transaction(async (tx) => {
        expect(await sendReminder(tx, victim)).toBe(true);
        throw new Error("worker killed");
      }),
    ).rejects.toThrow("worker killed");
    expect(await emailsTo([s.hourA.user.email])).toHaveLength(0);
    expect(
      await db
        .select()
        .from(webinarReminders)
        .where(eq(webinarReminders.enrollmentId, s.hourA.enrollment.id)),
    ).toHaveLength(0);

    // The retry: sends it (and the others) once; another retry sends nothing more.
    await sendDueReminders(db);
    await sendDueReminders(db);
    expect(await emailsTo([s.hourA.user.email], "webinarReminder")).toHaveLength(1);
    expect(await emailsTo(s.addresses, "webinarReminder")).toHaveLength(3);
  });

  it("writes the reminder in the partner's language and the webinar's time zone", async () => {
    const { program } = await webinarProgram();
    const webinar = await insertWebinar(program.id, {
      title: "Nowości",
      startsAt: new Date(Date.now() + 40 * MINUTE),
      timeZone: "America/New_York",
    });
    const partner = await registeredPartner(program.id, webinar.id);
    await db.update(users).set({ locale: "pl" }).where(eq(users.id, partner.user.id));
    await sendDueReminders(db);
    const [mail] = await emailsTo([partner.user.email], "webinarReminder");
    expect(mail).toMatchObject({ locale: "pl", subject: "Za niecałą godzinę: Nowości" });
    const expected = new Intl.DateTimeFormat("pl", {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: "America/New_York",
    }).format(webinar.startsAt);
    expect(mail!.text).toContain(expected);
    expect(mail!.text).toContain("America/New York");
    expect(
      await db
        .select()
        .from(webinarReminders)
        .where(
          and(eq(webinarReminders.webinarId, webinar.id), eq(webinarReminders.kind, "hour_before")),
        ),
    ).toHaveLength(1);
  });
});
