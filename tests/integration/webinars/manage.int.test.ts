import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditLog,
  notifications,
  pointAwards,
  pointRules,
  webinarQuestions,
  webinarRegistrations,
  webinarReminders,
} from "~/server/db/schema/index";
import { db } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { DAY, emailsTo, HOUR, insertWebinar, registeredPartner, webinarProgram } from "./fixtures";

const fields = {
  title: "Spring launch",
  description: "What is new.",
  startsLocal: "2099-07-15T10:00",
  timeZone: "Europe/Warsaw",
  durationMinutes: 45,
  joinUrl: "https://meet.example.com/spring",
  capacity: null,
  audienceTierKeys: [],
};

describe("scheduling webinars", () => {
  it("stores the start as the instant the wall time names in the zone, and audits it", async () => {
    const { program, manager, managerCaller } = await webinarProgram();
    const summer = await managerCaller.manage.webinars.create({ programId: program.id, ...fields });
    expect(summer.startsAt.toISOString()).toBe("2099-07-15T08:00:00.000Z");
    const winter = await managerCaller.manage.webinars.create({
      programId: program.id,
      ...fields,
      startsLocal: "2099-01-15T10:00",
      timeZone: "America/New_York",
      audienceTierKeys: ["Gold", "gold", "silver"],
    });
    expect(winter.startsAt.toISOString()).toBe("2099-01-15T15:00:00.000Z");
    expect(winter.audienceTierKeys).toEqual(["gold", "silver"]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, summer.id), eq(auditLog.action, "webinar.created")));
    expect(audit).toMatchObject({ actorId: manager.id, programId: program.id });

    const got = await managerCaller.manage.webinars.get({
      programId: program.id,
      webinarId: summer.id,
    });
    expect(got).toMatchObject({ startsLocal: "2099-07-15T10:00", registered: 0 });
  });

  it("refuses http links, unknown zones, impossible dates and a start in the past", async () => {
    const { program, managerCaller } = await webinarProgram();
    const create = (over: Partial<typeof fields>) =>
      managerCaller.manage.webinars.create({ programId: program.id, ...fields, ...over });
    const http = await clientError(create({ joinUrl: "http://meet.example.com/x" }));
    expect(http.code).toBe("BAD_REQUEST");
    expect(http.fieldErrors?.joinUrl).toBe("Enter a full address starting with https://.");
    const zone = await clientError(create({ timeZone: "Mars/Olympus" }));
    expect(zone.fieldErrors?.timeZone).toBe("Choose a time zone from the list.");
    const date = await clientError(create({ startsLocal: "2099-02-30T10:00" }));
    expect(date.fieldErrors?.startsLocal).toBeTruthy();
    const past = await clientError(create({ startsLocal: "2001-01-01T10:00" }));
    expect(past).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/past/) });
  });

  it("moving the start clears the reminders sent for the old time", async () => {
    const { program, managerCaller } = await webinarProgram();
    const webinar = await insertWebinar(program.id);
    const partner = await registeredPartner(program.id, webinar.id);
    await db.insert(webinarReminders).values([
      { webinarId: webinar.id, enrollmentId: partner.enrollment.id, kind: "confirmation" },
      { webinarId: webinar.id, enrollmentId: partner.enrollment.id, kind: "day_before" },
    ]);
    await managerCaller.manage.webinars.update({
      programId: program.id,
      webinarId: webinar.id,
      ...fields,
    });
    const kinds = await db
      .select({ kind: webinarReminders.kind })
      .from(webinarReminders)
      .where(eq(webinarReminders.webinarId, webinar.id));
    expect(kinds).toEqual([{ kind: "confirmation" }]);
  });

  it("lists upcoming and past webinars with registration and attendance counts", async () => {
    const { program, managerCaller } = await webinarProgram();
    const soon = await insertWebinar(program.id, { startsAt: new Date(Date.now() + DAY) });
    const past = await insertWebinar(program.id, { startsAt: new Date(Date.now() - 2 * DAY) });
    await registeredPartner(program.id, soon.id);
    await registeredPartner(program.id, soon.id);
    const attendee = await registeredPartner(program.id, past.id);
    await db
      .update(webinarRegistrations)
      .set({ attendedAt: new Date() })
      .where(eq(webinarRegistrations.enrollmentId, attendee.enrollment.id));
    const upcoming = await managerCaller.manage.webinars.list({ programId: program.id });
    expect(upcoming.items).toEqual([
      expect.objectContaining({ id: soon.id, registered: 2, attended: 0 }),
    ]);
    const done = await managerCaller.manage.webinars.list({ programId: program.id, view: "past" });
    expect(done).toMatchObject({ total: 1, pageCount: 1 });
    expect(done.items[0]).toMatchObject({ id: past.id, registered: 1, attended: 1 });
  });

  it("cancels a webinar and tells every registrant once, by notice and email", async () => {
    const { program, managerCaller } = await webinarProgram();
    const webinar = await insertWebinar(program.id);
    const a = await registeredPartner(program.id, webinar.id);
    const b = await registeredPartner(program.id, webinar.id);
    const ids = { programId: program.id, webinarId: webinar.id };
    expect(await managerCaller.manage.webinars.cancel(ids)).toMatchObject({ notified: 2 });
    expect(await emailsTo([a.user.email, b.user.email], "webinarCancelled")).toHaveLength(2);
    const notices = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, a.user.id), eq(notifications.kind, "webinar.cancelled")));
    expect(notices).toHaveLength(1);
    expect((await clientError(managerCaller.manage.webinars.cancel(ids))).code).toBe("CONFLICT");
  });
});

describe("attendance", () => {
  async function pastWebinar() {
    const setup = await webinarProgram();
    await db
      .insert(pointRules)
      .values({ programId: setup.program.id, event: "webinar_attended", points: 25 });
    const webinar = await insertWebinar(setup.program.id, {
      startsAt: new Date(Date.now() - 2 * HOUR),
    });
    return { ...setup, webinar, ids: { programId: setup.program.id, webinarId: webinar.id } };
  }
  const pointsOf = (enrollmentId: string) =>
    db.select().from(pointAwards).where(eq(pointAwards.enrollmentId, enrollmentId));

  it("marks attendance and awards the points once however often it is marked", async () => {
    const { program, webinar, ids, managerCaller } = await pastWebinar();
    const a = await registeredPartner(program.id, webinar.id);
    const mark = (attended: boolean) =>
      managerCaller.manage.webinars.markAttendance({
        ...ids,
        enrollmentIds: [a.enrollment.id],
        attended,
      });
    expect(await mark(true)).toEqual({ updated: [a.enrollment.id], points: 25 });
    expect(await mark(true)).toEqual({ updated: [], points: 0 });
    await mark(false);
    expect(await mark(true)).toMatchObject({ points: 0 });
    expect(await pointsOf(a.enrollment.id)).toEqual([
      expect.objectContaining({ points: 25, sourceKey: `webinar:${webinar.id}` }),
    ]);
  });

  it("refuses attendance before the start", async () => {
    const { program, managerCaller } = await webinarProgram();
    const webinar = await insertWebinar(program.id);
    const a = await registeredPartner(program.id, webinar.id);
    const error = await clientError(
      managerCaller.manage.webinars.markAttendance({
        programId: program.id,
        webinarId: webinar.id,
        enrollmentIds: [a.enrollment.id],
        attended: true,
      }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: "This webinar has not started yet." });
  });

  it("imports a CSV: marks registrants, reports strangers and walk-ins, in one go", async () => {
    const { program, webinar, ids, managerCaller } = await pastWebinar();
    const a = await registeredPartner(program.id, webinar.id);
    const walkIn = await makePartner(program.id);
    const csv = [
      "\uFEFFName, Email ",
      `Anna, ${a.user.email.toUpperCase()} `,
      `Walk, ${walkIn.user.email}`,
      "Ghost, ghost@nowhere.example",
      "Bad, not-an-email",
    ].join("\r\n");
    const result = await managerCaller.manage.webinars.importAttendance({ ...ids, csv });
    expect(result).toEqual({
      matched: 1,
      newlyMarked: 1,
      unknown: ["ghost@nowhere.example"],
      unregistered: [walkIn.user.email],
      invalid: [{ line: 5, value: "not-an-email" }],
    });
    expect(await pointsOf(a.enrollment.id)).toHaveLength(1);
    const again = await managerCaller.manage.webinars.importAttendance({ ...ids, csv });
    expect(again).toMatchObject({ matched: 1, newlyMarked: 0 });
    expect(await pointsOf(a.enrollment.id)).toHaveLength(1);
    expect(await pointsOf(walkIn.enrollment.id)).toHaveLength(0);

    const noColumn = await clientError(
      managerCaller.manage.webinars.importAttendance({ ...ids, csv: "name\nAnna" }),
    );
    expect(noColumn).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/email/),
    });
  });

  it("attaches the recording and announces it to each registrant once", async () => {
    const { program, webinar, ids, managerCaller } = await pastWebinar();
    const a = await registeredPartner(program.id, webinar.id);
    const first = await managerCaller.manage.webinars.setRecording({
      ...ids,
      url: "https://video.example.com/1",
    });
    expect(first).toEqual({ recordingUrl: "https://video.example.com/1", announced: 1 });
    const fixed = await managerCaller.manage.webinars.setRecording({
      ...ids,
      url: "https://video.example.com/2",
    });
    expect(fixed.announced).toBe(0);
    const mails = await emailsTo([a.user.email], "webinarRecording");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.html).toContain("https://video.example.com/1");
    const notices = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, a.user.id), eq(notifications.kind, "webinar.recording")));
    expect(notices).toHaveLength(1);
    const http = await clientError(
      managerCaller.manage.webinars.setRecording({ ...ids, url: "javascript:alert(1)" }),
    );
    expect(http.code).toBe("BAD_REQUEST");
  });
});

describe("questions in the console", () => {
  it("lists every question by votes with its author, and hides one from partners", async () => {
    const { program, managerCaller } = await webinarProgram();
    const webinar = await insertWebinar(program.id);
    const asker = await registeredPartner(program.id, webinar.id);
    const [question] = await db
      .insert(webinarQuestions)
      .values({ webinarId: webinar.id, enrollmentId: asker.enrollment.id, body: "Spam?" })
      .returning();
    const ids = { programId: program.id, webinarId: webinar.id };
    await managerCaller.manage.webinars.hideQuestion({
      programId: program.id,
      questionId: question!.id,
      hidden: true,
    });
    const listed = await managerCaller.manage.webinars.questions(ids);
    expect(listed.items).toEqual([
      expect.objectContaining({ body: "Spam?", hidden: true, askedBy: asker.user.email }),
    ]);
    const partnerView = await callerFor(asker.user.id).partner.webinars.questions({
      webinarId: webinar.id,
    });
    expect(partnerView.items).toEqual([]);
  });
});

describe("another program's manager", () => {
  it("is refused on every webinar procedure", async () => {
    const { program } = await webinarProgram();
    const webinar = await insertWebinar(program.id, { startsAt: new Date(Date.now() - HOUR) });
    const partner = await registeredPartner(program.id, webinar.id);
    const [question] = await db
      .insert(webinarQuestions)
      .values({ webinarId: webinar.id, enrollmentId: partner.enrollment.id, body: "Q" })
      .returning();
    const stranger = await makeProgram();
    const caller = callerFor(stranger.manager.id).manage.webinars;
    const theirs = { programId: stranger.program.id, webinarId: webinar.id };
    const ours = { programId: program.id, webinarId: webinar.id };
    const calls = [
      () => caller.list({ programId: program.id }),
      () => caller.get(ours),
      () => caller.get(theirs),
      () => caller.registrations(theirs),
      () => caller.questions(theirs),
      () => caller.audienceOptions({ programId: program.id }),
      () => caller.update({ ...theirs, ...fields }),
      () => caller.cancel(theirs),
      () =>
        caller.markAttendance({
          ...theirs,
          enrollmentIds: [partner.enrollment.id],
          attended: true,
        }),
      () => caller.importAttendance({ ...theirs, csv: `email\n${partner.user.email}` }),
      () => caller.setRecording({ ...theirs, url: "https://video.example.com/x" }),
      () => caller.hideQuestion({ programId: stranger.program.id, questionId: question!.id }),
      () => caller.create({ programId: program.id, ...fields }),
    ];
    // Thunks: each call starts only when awaited, so no refusal goes unobserved.
    for (const call of calls) expect((await clientError(call())).code).toBe("NOT_FOUND");
    const partnerAsManager = callerFor(partner.user.id).manage.webinars;
    expect((await clientError(partnerAsManager.list({ programId: program.id }))).code).toBe(
      "NOT_FOUND",
    );
    const [row] = await db
      .select()
      .from(webinarRegistrations)
      .where(eq(webinarRegistrations.webinarId, webinar.id));
    expect(row?.attendedAt).toBeNull();
  });
});
