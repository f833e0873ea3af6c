/**
 * The background worker process: `tsx src/server/jobs/main.ts` with DATABASE_URL set. It
 * approves due commissions every minute and settles CPC/CPV daily (UTC); on SIGTERM or SIGINT
 * it stops taking jobs, lets the running ones finish and closes its connections. /metrics and
 * /health are served on WORKER_METRICS_PORT (0: not at all).
 */
import type { Server } from "node:http";
import { checkEnvAtStart } from "~/env";
import { createLogger } from "~/server/observability/logger";
import { startMetricsServer } from "~/server/observability/metrics-server";
import { startWorker } from "./worker";

const settings = checkEnvAtStart("worker", ["DATABASE_URL"]);
const logger = createLogger("worker");
const log = (line: string) => logger.info(line);

async function main() {
  const worker = await startWorker({ url: settings.DATABASE_URL!, log, logger });
  let metricsServer: Server | undefined;
  if (settings.WORKER_METRICS_PORT !== 0) {
    const port = settings.WORKER_METRICS_PORT;
    try {
      metricsServer = await startMetricsServer({
        port,
        host: settings.HOST,
        token: settings.METRICS_TOKEN,
        log: logger,
      });
      log(`metrics on port ${port} (/metrics, /health)`);
    } catch (error) {
      // Jobs matter more than their metrics: the worker runs on, and says what is missing.
      logger.error(
        { err: error },
        `metrics server could not listen on port ${port} (set WORKER_METRICS_PORT); running without it`,
      );
    }
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing running jobs…`);
    metricsServer?.close();
    worker
      .stop()
      .then(() => {
        log("stopped.");
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.fatal({ err: error }, "unclean stop");
        process.exit(1);
      });
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  log("running: approving due commissions every minute, settling CPC/CPV daily (UTC).");
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "failed to start");
  process.exit(1);
});
