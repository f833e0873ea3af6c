import { describe, expect, it } from "vitest";
import { seedDemoNewsletters } from "~/server/seed/demo-newsletters";
import { db } from "../../support/db";
import { bulkPartners, newsletterProgram } from "./fixtures";

describe("the demo newsletters", () => {
  it("seed a sent newsletter with delivery marks, a draft and a scheduled one, once", async () => {
    const { program, manager, managerCaller } = await newsletterProgram();
    await bulkPartners(program.id, 9, { tierKey: "gold" });
    await bulkPartners(program.id, 3);
    const options = { programId: program.id, managerId: manager.id };
    expect(await seedDemoNewsletters(db, options)).toEqual({ newsletters: 3, recipients: 9 });
    expect(await seedDemoNewsletters(db, options)).toEqual({ newsletters: 0, recipients: 0 });

    const list = await managerCaller.manage.newsletters.list({ programId: program.id });
    expect(list.items.map((row) => row.status).sort()).toEqual(["draft", "scheduled", "sent"]);
    const sent = list.items.find((row) => row.status === "sent")!;
    expect(sent.finishedAt!.getTime()).toBeLessThan(Date.now() - 8 * 86_400_000);
    const stats = await managerCaller.manage.newsletters.stats({
      programId: program.id,
      newsletterId: sent.id,
    });
    expect(stats).toMatchObject({ recipients: 9, sent: 9, bounced: 1, complained: 1 });
    expect(stats.delivered).toBeGreaterThan(4);
    const scheduled = list.items.find((row) => row.status === "scheduled")!;
    expect(scheduled.scheduledAt!.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });
});
