/**
 * A newsletter send interrupted by a killed worker and resumed sends each recipient exactly
 * once: the sender runs as its own process and gets SIGKILL (no shutdown code runs) right
 * after its first batch commits, while the next batch is in flight; a second run finishes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { newsletterRecipients, newsletters } from "~/server/db/schema/index";
import { sendNewsletter } from "~/server/services/newsletters/send-newsletter";
import { db } from "../../support/db";
import { makeProgram } from "../../support/factories";
import { bulkPartners, copiesPerAddress, sendingNewsletter } from "./fixtures";

let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/** Starts the sender and kills it as soon as it reports its first committed batch. */
async function killAfterFirstBatch(newsletterId: string): Promise<string> {
  child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/integration/newsletters/crash-child.ts", newsletterId],
    {
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const running = child;
  let output = "";
  running.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no batch within 60 s: ${output}`)), 60_000);
    running.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("batch")) {
        clearTimeout(timer);
        running.kill("SIGKILL");
      }
    });
    running.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  expect(running.signalCode).toBe("SIGKILL");
  return output;
}

describe("newsletter send crash", () => {
  it("a newsletter send interrupted by a killed worker and resumed sends each recipient exactly once", async () => {
    const { program } = await makeProgram();
    const partners = await bulkPartners(program.id, 250);
    const newsletter = await sendingNewsletter(program.id);

    const output = await killAfterFirstBatch(newsletter.id);
    expect(output).not.toContain("done");
    const statuses = async () =>
      db
        .select({ status: newsletterRecipients.status, emailId: newsletterRecipients.emailId })
        .from(newsletterRecipients)
        .where(eq(newsletterRecipients.newsletterId, newsletter.id));
    const afterKill = await statuses();
    // Materialized once, in full; the first batch committed, the rest did not.
    expect(afterKill).toHaveLength(250);
    const sentBefore = afterKill.filter((row) => row.status === "sent").length;
    expect(sentBefore).toBeGreaterThanOrEqual(100);
    expect(sentBefore).toBeLessThan(250);
    // Every committed mark has its outbox row, and no outbox row lacks its mark.
    expect((await copiesPerAddress(newsletter.id)).size).toBe(sentBefore);

    // Resumed (as the next cron run would): only the rest goes out.
    const handled = await sendNewsletter(db, newsletter.id);
    expect(handled).toBe(250 - sentBefore);

    const final = await statuses();
    expect(final.every((row) => row.status === "sent" && row.emailId)).toBe(true);
    expect(new Set(final.map((row) => row.emailId)).size).toBe(250);
    const copies = await copiesPerAddress(newsletter.id);
    expect(copies.size).toBe(250);
    for (const partner of partners) expect(copies.get(partner.email)).toBe(1);
    const [done] = await db.select().from(newsletters).where(eq(newsletters.id, newsletter.id));
    expect(done).toMatchObject({ status: "sent" });
    expect(done?.finishedAt).toBeInstanceOf(Date);

    // A further run (a late retry of the job) sends nothing.
    expect(await sendNewsletter(db, newsletter.id)).toBe(0);
    expect([...(await copiesPerAddress(newsletter.id)).values()].every((n) => n === 1)).toBe(true);
  }, 120_000);
});
