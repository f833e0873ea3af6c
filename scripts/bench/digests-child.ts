/**
 * The digest run of the bench, in its own process as the worker runs it in production
 * (NODE_ENV=production: React's production build), so its RSS is the digest work's alone.
 * argv: programId, the clock (ISO). Answers one IPC message with the timings and the peak RSS.
 */
import { createDb } from "~/server/db/client";
import { sendDueDigests } from "~/server/services/digests/send-due-digests";

export type DigestChildResult = {
  seconds: number;
  rssBefore: number;
  rssPeak: number;
  heapPeak: number;
  result: Awaited<ReturnType<typeof sendDueDigests>>;
};

async function main() {
  const [programId, clock] = process.argv.slice(2);
  if (!programId || !clock) throw new Error("usage: digests-child <programId> <now>");
  const database = createDb(process.env.DATABASE_URL!, { max: 4 });
  try {
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    let heapPeak = 0;
    const sample = () => {
      const usage = process.memoryUsage();
      rssPeak = Math.max(rssPeak, usage.rss);
      heapPeak = Math.max(heapPeak, usage.heapUsed);
    };
    const sampler = setInterval(sample, 100);
    const start = performance.now();
    try {
      const result = await sendDueDigests(database.db, new Date(clock), {
        programIds: [programId],
      });
      const seconds = (performance.now() - start) / 1000;
      sample();
      const answer: DigestChildResult = { seconds, rssBefore, rssPeak, heapPeak, result };
      await new Promise<void>((resolve, reject) =>
        process.send!(answer, (error: Error | null) => (error ? reject(error) : resolve())),
      );
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await database.sql.end({ timeout: 5 });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
