import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  enrollments,
  notifications,
  webinarQuestions,
  webinarRegistrations,
  webinarReminders,
} from "~/server/db/schema/index";
import { webinarCalendarFile } from "~/server/services/webinars/calendar-file";
import { db } from "../../support/db";
import { clientError } from "../../support/client-error";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { DAY, emailsTo, HOUR, insertWebinar, registeredPartner, webinarProgram } from "./fixtures";

async function partnerOf(programId: string, tierKey?: string) {
  const partner = await makePartner(programId, { tierKey });
  return { ...partner, api: callerFor(partner.user.id).partner.webinars };
}

describe("the partner's webinar list", () => {
  it("shows upcoming webinars of their audience with seats, and past ones with recordings", async () => {
    const { program } = await webinarProgram();
    const open = await insertWebinar(program.id, { title: "Open", capacity: 10 });
    const gold = await insertWebinar(program.id, { title: "Gold", audienceTierKeys: ["gold"] });
    await insertWebinar(program.id, { title: "Cancelled", cancelledAt: new Date() });
    const recorded = await insertWebinar(program.id, {
      title: "Recorded",
      startsAt: new Date(Date.now() - 2 * DAY),
      recordingUrl: "https://video.example.com/r",
    });
    await insertWebinar(program.id, {
      title: "No recording",
      startsAt: new Date(Date.now() - DAY),
    });
    const other = await makeProgram();
    await insertWebinar(other.program.id, { title: "Elsewhere" });
    const me = await partnerOf(program.id);
    await registeredPartner(program.id, open.id);

    const upcoming = await me.api.list({ view: "upcoming" });
    expect(upcoming.items.map((w) => w.title)).toEqual(["Open"]);
    expect(upcoming.items[0]).toMatchObject({ registered: false, seatsLeft: 9, joinUrl: null });
    const past = await me.api.list({ view: "past" });
    expect(past.items.map((w) => w.id)).toEqual([recorded.id]);

    const goldPartner = await partnerOf(program.id, "gold");
    const theirs = await goldPartner.api.list({ view: "upcoming" });
    expect(theirs.items.map((w) => w.id).sort()).toEqual([open.id, gold.id].sort());
    expect((await clientError(me.api.get({ webinarId: gold.id }))).code).toBe("NOT_FOUND");
  });
});

describe("registering", () => {
  it("takes a seat and confirms once with a notice and an email linking the calendar file", async () => {
    const { program } = await webinarProgram();
    const webinar = await insertWebinar(program.id, { title: "Launch", capacity: 5 });
    const me = await partnerOf(program.id);
    expect(await me.api.register({ webinarId: webinar.id })).toEqual({
      registered: true,
      confirmationSent: true,
    });
    expect(await me.api.register({ webinarId: webinar.id })).toEqual({
      registered: true,
      confirmationSent: false,
    });
    const got = await me.api.get({ webinarId: webinar.id });
    expect(got).toMatchObject({ registered: true, seatsLeft: 4, joinUrl: webinar.joinUrl });
    const mails = await emailsTo([me.user.email], "webinarConfirmation");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("You are registered: Launch");
    expect(mails[0]!.html).toContain(`/api/webinars/${webinar.id}/ics`);
    expect(mails[0]!.text).toContain("(Europe/Warsaw)");
    const notices = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, me.user.id), eq(notifications.kind, "webinar.registered")),
      );
    expect(notices).toHaveLength(1);

    // Giving the seat back and taking it again brings a fresh confirmation.
    await me.api.unregister({ webinarId: webinar.id });
    expect((await me.api.get({ webinarId: webinar.id })).registered).toBe(false);
    expect(
      await db
        .select()
        .from(webinarReminders)
        .where(eq(webinarReminders.enrollmentId, me.enrollment.id)),
    ).toHaveLength(0);
    await me.api.register({ webinarId: webinar.id });
    expect(await emailsTo([me.user.email], "webinarConfirmation")).toHaveLength(2);
  });

  it("gives the last seat to one of two partners racing for it", async () => {
    const { program } = await webinarProgram();
    const webinar = await insertWebinar(program.id, { capacity: 2 });
    await registeredPartner(program.id, webinar.id);
    const racers = await Promise.all([partnerOf(program.id), partnerOf(program.id)]);
    const results = await Promise.allSettled(
      racers.map((racer) => racer.api.register({ webinarId: webinar.id })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason.code).toBe("CONFLICT");
    const seats = await db
      .select()
      .from(webinarRegistrations)
      .where(eq(webinarRegistrations.webinarId, webinar.id));
    expect(seats).toHaveLength(2);
  });

  it("refuses cancelled, started and other-tier webinars, and inactive partners", async () => {
    const { program } = await webinarProgram();
    const me = await partnerOf(program.id);
    const cancelled = await insertWebinar(program.id, { cancelledAt: new Date() });
    const started = await insertWebinar(program.id, { startsAt: new Date(Date.now() - HOUR) });
    const gold = await insertWebinar(program.id, { audienceTierKeys: ["gold"] });
    const open = await insertWebinar(program.id);
    const code = async (webinarId: string) =>
      (await clientError(me.api.register({ webinarId }))).message;
    expect(await code(cancelled.id)).toBe("This webinar was cancelled.");
    expect(await code(started.id)).toBe("This webinar has already started.");
    expect((await clientError(me.api.register({ webinarId: gold.id }))).code).toBe("NOT_FOUND");
    await db
      .update(enrollments)
      .set({ status: "suspended" })
      .where(eq(enrollments.id, me.enrollment.id));
    expect((await clientError(me.api.register({ webinarId: open.id }))).code).toBe("FORBIDDEN");
  });
});

describe("questions", () => {
  it("lets the audience ask before the start and upvote others' questions once", async () => {
    const { program } = await webinarProgram();
    const webinar = await insertWebinar(program.id);
    const anna = await partnerOf(program.id);
    const bob = await partnerOf(program.id);
    const carl = await partnerOf(program.id);
    const first = await anna.api.askQuestion({ webinarId: webinar.id, body: "  First?  " });
    expect(first.body).toBe("First?");
    const second = await bob.api.askQuestion({ webinarId: webinar.id, body: "Second?" });
    await carl.api.vote({ questionId: second.id });
    await carl.api.vote({ questionId: second.id });
    await anna.api.vote({ questionId: second.id });

    const seen = await anna.api.questions({ webinarId: webinar.id });
    expect(seen.items.map((q) => [q.body, q.votes, q.mine, q.voted, q.askedBy])).toEqual([
      ["Second?", 2, false, true, null],
      ["First?", 0, true, false, null],
    ]);
    const own = await clientError(anna.api.vote({ questionId: first.id }));
    expect(own).toMatchObject({
      code: "CONFLICT",
      message: "You cannot upvote your own question.",
    });
    await anna.api.unvote({ questionId: second.id });
    expect((await bob.api.questions({ webinarId: webinar.id })).items[0]).toMatchObject({
      votes: 1,
      mine: true,
    });
    const long = await clientError(
      anna.api.askQuestion({ webinarId: webinar.id, body: "x".repeat(1001) }),
    );
    expect(long.code).toBe("BAD_REQUEST");
  });

  it("closes questions once the webinar starts", async () => {
    const { program } = await webinarProgram();
    const webinar = await insertWebinar(program.id, { startsAt: new Date(Date.now() - HOUR) });
    const anna = await partnerOf(program.id);
    const bob = await partnerOf(program.id);
    const [question] = await db
      .insert(webinarQuestions)
      .values({ webinarId: webinar.id, enrollmentId: bob.enrollment.id, body: "Late?" })
      .returning();
    expect(
      (await clientError(anna.api.askQuestion({ webinarId: webinar.id, body: "Hi" }))).code,
    ).toBe("CONFLICT");
    expect((await clientError(anna.api.vote({ questionId: question!.id }))).code).toBe("CONFLICT");
  });
});

describe("another program's partner", () => {
  it("gets NOT_FOUND for the webinar, its questions and its calendar file", async () => {
    const { program, manager } = await webinarProgram();
    const webinar = await insertWebinar(program.id, { title: "Ours" });
    const insider = await registeredPartner(program.id, webinar.id);
    const [question] = await db
      .insert(webinarQuestions)
      .values({ webinarId: webinar.id, enrollmentId: insider.enrollment.id, body: "Mine" })
      .returning();
    const other = await makeProgram();
    const stranger = await partnerOf(other.program.id);
    const ids = { webinarId: webinar.id };
    const calls = [
      () => stranger.api.get(ids),
      () => stranger.api.register(ids),
      () => stranger.api.unregister(ids),
      () => stranger.api.questions(ids),
      () => stranger.api.askQuestion({ ...ids, body: "Sneaky" }),
      () => stranger.api.vote({ questionId: question!.id }),
      () => stranger.api.unvote({ questionId: question!.id }),
    ];
    for (const call of calls) expect((await clientError(call())).code).toBe("NOT_FOUND");
    expect((await stranger.api.list({ view: "upcoming" })).items).toEqual([]);
    await expect(webinarCalendarFile(db, stranger.user.id, webinar.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const file = await webinarCalendarFile(db, insider.user.id, webinar.id);
    expect(file.fileName).toBe("ours.ics");
    expect(file.body).toContain("BEGIN:VCALENDAR");
    expect(file.body).toContain(`UID:${webinar.id}@`);
    const managerFile = await webinarCalendarFile(db, manager.id, webinar.id);
    expect(managerFile.body).toContain("SUMMARY:Ours");
  });
});
