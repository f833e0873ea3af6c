import { createDb } from "~/server/db/client";
import { createBoss, createQueues } from "./boss";
import { approveDueHandler } from "./handlers/approve-due";
import { carryRunningHandler } from "./handlers/carry-running";
import { settleTrafficHandler } from "./handlers/settle-traffic";
import { queues, type SettleTrafficData } from "./queues";
import { registerSchedules } from "./schedule";

export type WorkerOptions = {
  url: string;
  log?: (line: string) => void;
  /** Off in tests, where a cron firing mid-test would act on every program in the database. */
  schedules?: boolean;
};

/**
 * Starts pg-boss (installing its schema on first run), creates the queues, registers the
 * handlers and, unless told otherwise, the cron schedules. `stop` lets running jobs finish
 * (up to 30 s) and closes every connection the worker opened.
 */
export async function startWorker(options: WorkerOptions) {
  const log = options.log ?? ((line: string) => console.log(`[rally-worker] ${line}`));
  const database = createDb(options.url, { max: 4 });
  const boss = createBoss(options.url);
  try {
    await boss.start();
    await createQueues(boss);
    await boss.work(queues.approveDue, approveDueHandler(database.db, log));
    await boss.work<SettleTrafficData>(
      queues.settleTraffic,
      settleTrafficHandler(database.db, log),
    );
    await boss.work(queues.carryRunning, carryRunningHandler(database.db, log));
    if (options.schedules !== false) {
      await registerSchedules(boss);
      await boss.send(queues.carryRunning, {});
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await database.sql.end({ timeout: 5 });
    throw error;
  }

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      try {
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      } finally {
        await database.sql.end({ timeout: 5 });
      }
    })());
  return { boss, stop };
}
