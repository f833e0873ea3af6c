import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { webinarQuestions, webinars } from "~/server/db/schema/index";
import { seedDemoWebinars } from "~/server/seed/demo-webinars";
import { db } from "../../support/db";
import { callerFor, makePartner } from "../../support/factories";
import { webinarProgram } from "./fixtures";

describe("the demo webinars", () => {
  it("seed two upcoming and two recorded webinars once, visible to partners", async () => {
    const { program, manager, managerCaller } = await webinarProgram();
    const partners = [];
    for (let i = 0; i < 6; i++) partners.push(await makePartner(program.id));
    const options = { programId: program.id, managerId: manager.id };
    expect(await seedDemoWebinars(db, options)).toEqual({ webinars: 4 });
    expect(await seedDemoWebinars(db, options)).toEqual({ webinars: 0 });

    const rows = await db.select().from(webinars).where(eq(webinars.programId, program.id));
    expect(rows).toHaveLength(4);
    const upcoming = await managerCaller.manage.webinars.list({ programId: program.id });
    expect(upcoming.items).toHaveLength(2);
    const past = await managerCaller.manage.webinars.list({ programId: program.id, view: "past" });
    expect(past.items.every((w) => w.recordingUrl && w.attended > 0)).toBe(true);
    const first = upcoming.items[0]!;
    const questions = await db
      .select()
      .from(webinarQuestions)
      .where(eq(webinarQuestions.webinarId, first.id));
    expect(questions).toHaveLength(3);

    const view = await callerFor(partners[0]!.user.id).partner.webinars.list({ view: "past" });
    expect(view.items).toHaveLength(2);
    const board = await callerFor(partners[5]!.user.id).partner.webinars.questions({
      webinarId: first.id,
    });
    expect(board.items[0]!.votes).toBeGreaterThan(board.items[2]!.votes);
  });
});
