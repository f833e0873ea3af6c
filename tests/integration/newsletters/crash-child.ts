/**
 * Run by newsletters-crash.int.test.ts as its own process: sends one newsletter and reports
 * each committed batch on stdout, so the test can SIGKILL it mid-send.
 */
import { createDb } from "~/server/db/client";
import { sendNewsletter } from "~/server/services/newsletters/send-newsletter";

const newsletterId = process.argv[2];
const url = process.env.DATABASE_URL;
if (!newsletterId || !url) throw new Error("usage: crash-child <newsletterId>");
const { db, sql } = createDb(url, { max: 2 });
await sendNewsletter(db, newsletterId, {
  onBatch: (handled) => {
    process.stdout.write(`batch ${handled}\n`);
  },
});
process.stdout.write("done\n");
await sql.end({ timeout: 5 });
