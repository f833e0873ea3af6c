/**
 * The ingest server process: `tsx src/ingest/main.ts`. Settings come from the environment
 * (src/env.ts), checked before anything opens: every problem is printed at once. SIGTERM or
 * SIGINT stops accepting, commits pending clicks and exits.
 */
import { checkEnvAtStart, env } from "~/env";
import { createLogger } from "~/server/observability/logger";
import { ingestConfig, INGEST_REQUIREMENTS } from "./config";
import { createIngestPool } from "./pool";
import { createIngestServer } from "./server";
import { openIngestSpool } from "./tracker";

const config = ingestConfig(checkEnvAtStart("ingest", INGEST_REQUIREMENTS));
const log = createLogger("ingest");
const { db, sql } = createIngestPool(config);
const spool = await openIngestSpool(config);
if (spool.depth().records > 0) {
  log.info(`${spool.depth().records} clicks in the spool (${spool.dir}) will be replayed`);
}
const ingest = createIngestServer({ db, sql, config, spool, log });

ingest.server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") {
    log.fatal(`Port ${config.port} is already in use: stop that program or set INGEST_PORT.`);
  } else log.fatal({ err: error }, "The ingest server failed");
  void sql.end({ timeout: 1 }).finally(() => process.exit(1));
});

// HOST unset: every interface; the launcher passes 127.0.0.1 for development and the demo.
ingest.server.listen(config.port, env().HOST, () => {
  log.info(
    `Listening on port ${config.port}; tracking links are ${config.trackingBaseUrl}/r/{code}`,
  );
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: finishing requests and committing pending clicks…`);
  try {
    await ingest.close();
    await sql.end({ timeout: 5 });
    log.info("Stopped.");
    process.exit(0);
  } catch (error) {
    log.fatal({ err: error }, "Stopping failed");
    process.exit(1);
  }
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
