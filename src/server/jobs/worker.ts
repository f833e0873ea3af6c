import { createDb } from "~/server/db/client";
import { createBoss, createQueues } from "./boss";
import {
  announcementsEmailHandler,
  contestEndingSoonHandler,
  contestStartedEmailHandler,
} from "./handlers/announcements";
import { approveDueHandler } from "./handlers/approve-due";
import { carryRunningHandler } from "./handlers/carry-running";
import { pruneRateLimitsHandler } from "./handlers/prune-rate-limits";
import { deliverWebhookHandler } from "./handlers/deliver-webhook";
import { digestSendHandler } from "./handlers/digest-send";
import { contestMilestonesHandler, freezeContestsHandler } from "./handlers/freeze-contests";
import { gamificationAwardHandler } from "./handlers/gamification-award";
import { settleTrafficHandler } from "./handlers/settle-traffic";
import { newsletterSendHandler } from "./handlers/newsletter-send";
import { webinarRemindHandler } from "./handlers/webinar-remind";
import { queues, type DeliverWebhookData, type SettleTrafficData } from "./queues";
import { registerSchedules } from "./schedule";
import { startWebhookDispatcher } from "./webhook-dispatcher";
import { createEndpointGate } from "~/server/services/webhooks/endpoint-gate";

/** Webhook deliveries sent at once by one worker process, and how many may share an endpoint. */
const WEBHOOK_WORKERS = 8;
const WEBHOOK_SLOTS_PER_ENDPOINT = 2;

export type WorkerOptions = {
  url: string;
  log?: (line: string) => void;
  /** Off in tests, where a cron firing mid-test would act on every program in the database. */
  schedules?: boolean;
  /**
   * Whether to move due webhook deliveries to the queue every second; like the schedules it
   * acts on every program, so it follows `schedules` unless told otherwise.
   */
  dispatchWebhooks?: boolean;
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
    await boss.work(queues.pruneRateLimits, pruneRateLimitsHandler(database.db, log));
    await boss.work(queues.freezeContests, freezeContestsHandler(database.db, log));
    await boss.work(queues.contestMilestones, contestMilestonesHandler(database.db, log));
    await boss.work(queues.remindWebinars, webinarRemindHandler(database.db, log));
    await boss.work(queues.emailAnnouncements, announcementsEmailHandler(database.db, log));
    await boss.work(queues.emailContestStarted, contestStartedEmailHandler(database.db, log));
    await boss.work(queues.emailContestEndingSoon, contestEndingSoonHandler(database.db, log));
    await boss.work(queues.sendDigests, digestSendHandler(database.db, log));
    await boss.work(queues.sendNewsletters, newsletterSendHandler(database.db, log));
    await boss.work(queues.gamificationAward, gamificationAwardHandler(database.db, log));
    await boss.work(queues.gamificationDaily, gamificationAwardHandler(database.db, log, true));
    // Deliveries run side by side, one job per worker, and no endpoint may take more than its
    // share of the workers: a receiver that never answers holds WEBHOOK_SLOTS_PER_ENDPOINT of
    // them for up to the send timeout, while every other endpoint's deliveries go on.
    const gate = createEndpointGate(WEBHOOK_SLOTS_PER_ENDPOINT);
    for (let n = 0; n < WEBHOOK_WORKERS; n++) {
      await boss.work<DeliverWebhookData>(
        queues.deliverWebhook,
        { batchSize: 1, pollingIntervalSeconds: 1 },
        deliverWebhookHandler(database.db, log, { gate }),
      );
    }
    if (options.schedules !== false) {
      await registerSchedules(boss);
      await boss.send(queues.carryRunning, {});
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await database.sql.end({ timeout: 5 });
    throw error;
  }
  const dispatcher =
    (options.dispatchWebhooks ?? options.schedules !== false)
      ? startWebhookDispatcher(database.db, boss, log)
      : null;

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      try {
        await dispatcher?.stop();
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      } finally {
        await database.sql.end({ timeout: 5 });
      }
    })());
  return { boss, stop };
}
