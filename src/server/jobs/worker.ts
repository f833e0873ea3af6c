import type PgBoss from "pg-boss";
import { createDb } from "~/server/db/client";
import { createLogger, type Logger } from "~/server/observability/logger";
import { provideMetric } from "~/server/observability/metrics";
import { readQueueDepths } from "~/server/observability/queue-depths";
import { withRequestId } from "~/server/observability/request-context";
import { BOSS_SCHEMA, createBoss, createQueues } from "./boss";
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
  /** The handlers' progress lines; by default `logger`'s info lines. */
  log?: (line: string) => void;
  /** Failed jobs, with their error; by default a new "worker" logger. */
  logger?: Logger;
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
  const logger = options.logger ?? createLogger("worker");
  const log = options.log ?? ((line: string) => logger.info(line));
  const database = createDb(options.url, { max: 4 });
  const boss = createBoss(options.url);
  const work = <T>(queue: string, handler: PgBoss.WorkHandler<T>, workOptions = {}) =>
    boss.work<T>(queue, workOptions, observed(queue, handler, logger));
  try {
    await boss.start();
    await createQueues(boss);
    await work(queues.approveDue, approveDueHandler(database.db, log));
    await work<SettleTrafficData>(queues.settleTraffic, settleTrafficHandler(database.db, log));
    await work(queues.carryRunning, carryRunningHandler(database.db, log));
    await work(queues.pruneRateLimits, pruneRateLimitsHandler(database.db, log));
    await work(queues.freezeContests, freezeContestsHandler(database.db, log));
    await work(queues.contestMilestones, contestMilestonesHandler(database.db, log));
    await work(queues.remindWebinars, webinarRemindHandler(database.db, log));
    await work(queues.emailAnnouncements, announcementsEmailHandler(database.db, log));
    await work(queues.emailContestStarted, contestStartedEmailHandler(database.db, log));
    await work(queues.emailContestEndingSoon, contestEndingSoonHandler(database.db, log));
    await work(queues.sendDigests, digestSendHandler(database.db, log));
    await work(queues.sendNewsletters, newsletterSendHandler(database.db, log));
    await work(queues.gamificationAward, gamificationAwardHandler(database.db, log));
    await work(queues.gamificationDaily, gamificationAwardHandler(database.db, log, true));
    // Deliveries run side by side, one job per worker, and no endpoint may take more than its
    // share of the workers: a receiver that never answers holds WEBHOOK_SLOTS_PER_ENDPOINT of
    // them for up to the send timeout, while every other endpoint's deliveries go on.
    const gate = createEndpointGate(WEBHOOK_SLOTS_PER_ENDPOINT);
    for (let n = 0; n < WEBHOOK_WORKERS; n++) {
      await work<DeliverWebhookData>(
        queues.deliverWebhook,
        deliverWebhookHandler(database.db, log, { gate }),
        { batchSize: 1, pollingIntervalSeconds: 1 },
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
  const unprovide = provideMetric("queueDepths", () =>
    readQueueDepths(database.sql, BOSS_SCHEMA, Object.values(queues)),
  );

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      unprovide();
      try {
        await dispatcher?.stop();
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      } finally {
        await database.sql.end({ timeout: 5 });
      }
    })());
  return { boss, stop };
}

/**
 * A handler whose jobs carry their id into every log line written while they run (as a
 * request's id does in the web app), and whose failures are logged with their cause before
 * pg-boss records them for a retry.
 */
function observed<T>(queue: string, handler: PgBoss.WorkHandler<T>, logger: Logger) {
  return (jobs: PgBoss.Job<T>[]) =>
    withRequestId(jobs.map((job) => job.id).join(","), async () => {
      try {
        return await handler(jobs);
      } catch (error) {
        logger.error({ err: error, queue }, "job failed");
        throw error;
      }
    });
}
