/**
 * The worker for real: pg-boss started on the test database (its own "pgboss" schema), queues
 * created, handlers registered; a job sent to the settlement queue is picked up and writes its
 * commissions. Schedules stay off: a cron firing mid-run would act on every test's programs.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { commissionRules, ledgerEntries, statsDaily } from "~/server/db/schema/index";
import { queues } from "~/server/jobs/queues";
import { startWorker } from "~/server/jobs/worker";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";

let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
  worker = await startWorker({ url: inject("databaseUrl"), schedules: false, log: () => {} });
});

afterAll(async () => {
  await worker?.stop();
});

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the job worker", () => {
  it("creates its queues and settles a day sent to the settlement queue", async () => {
    const names = (await worker.boss.getQueues()).map((queue) => queue.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(queues)));

    const { program } = await makeProgram();
    const { enrollment } = await makePartner(program.id);
    await db
      .insert(commissionRules)
      .values({ programId: program.id, name: "CPC", event: "click", basis: "flat", amount: 3n });
    const day = "1999-12-31";
    await db
      .insert(statsDaily)
      .values({ programId: program.id, enrollmentId: enrollment.id, day, paidClicks: 11 });

    const jobId = await worker.boss.send(queues.settleTraffic, { day });
    expect(jobId).toBeTruthy();
    const entries = await waitFor(
      () =>
        db
          .select()
          .from(ledgerEntries)
          .where(and(eq(ledgerEntries.programId, program.id), eq(ledgerEntries.trafficDay, day))),
      (rows) => rows.length > 0,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ amount: 33n, status: "pending", trafficEvent: "click" });

    const job = await waitFor(
      () => worker.boss.getJobById(queues.settleTraffic, jobId!),
      (found) => found?.state === "completed",
    );
    expect(job?.state).toBe("completed");
  });
});
