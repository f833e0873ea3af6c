import { describe, expect, it } from "vitest";
import { callerFor, makePartner, makeUser } from "../../support/factories";
import { DAY, insertWebinar, webinarProgram } from "./fixtures";

describe("new webinar defaults", () => {
  it("offer the join link of the webinar scheduled last, cancelled ones aside", async () => {
    const { program, managerCaller } = await webinarProgram();
    const ref = { programId: program.id };
    expect(await managerCaller.manage.webinars.defaults(ref)).toEqual({ joinUrl: null });

    const now = Date.now();
    await insertWebinar(program.id, {
      joinUrl: "https://meet.example.com/older",
      createdAt: new Date(now - 2 * DAY),
    });
    await insertWebinar(program.id, {
      joinUrl: "https://meet.example.com/room",
      createdAt: new Date(now - DAY),
      // Scheduled last, though it takes place before the older one.
      startsAt: new Date(now + DAY),
    });
    await insertWebinar(program.id, {
      joinUrl: "https://meet.example.com/cancelled",
      createdAt: new Date(now),
      cancelledAt: new Date(now),
    });
    // Another program's webinar is never offered.
    const other = await webinarProgram();
    await insertWebinar(other.program.id, { joinUrl: "https://meet.example.com/theirs" });

    expect(await managerCaller.manage.webinars.defaults(ref)).toEqual({
      joinUrl: "https://meet.example.com/room",
    });
  });

  it("are refused to another program's manager, a partner and the signed-out", async () => {
    const { program } = await webinarProgram();
    await insertWebinar(program.id);
    const partner = await makePartner(program.id);
    const other = await webinarProgram();
    const ref = { programId: program.id };
    const notFound = { code: "NOT_FOUND" };
    await expect(other.managerCaller.manage.webinars.defaults(ref)).rejects.toMatchObject(notFound);
    await expect(callerFor(partner.user.id).manage.webinars.defaults(ref)).rejects.toMatchObject(
      notFound,
    );
    const nobody = await makeUser();
    await expect(callerFor(nobody.id).manage.webinars.defaults(ref)).rejects.toMatchObject(
      notFound,
    );
    await expect(callerFor(null).manage.webinars.defaults(ref)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
