/**
 * The background worker process: `tsx src/server/jobs/main.ts` with DATABASE_URL set. It
 * approves due commissions every minute and settles CPC/CPV daily (UTC); on SIGTERM or SIGINT
 * it stops taking jobs, lets the running ones finish and closes its connections.
 */
import { checkEnvAtStart } from "~/env";
import { startWorker } from "./worker";

const log = (line: string) => console.log(`[rally-worker] ${line}`);

async function main() {
  const { DATABASE_URL: url } = checkEnvAtStart("worker", ["DATABASE_URL"]);
  const worker = await startWorker({ url: url!, log });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing running jobs…`);
    worker
      .stop()
      .then(() => {
        log("stopped.");
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error("[rally-worker] unclean stop", error);
        process.exit(1);
      });
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  log("running: approving due commissions every minute, settling CPC/CPV daily (UTC).");
}

main().catch((error: unknown) => {
  console.error("[rally-worker] failed to start", error);
  process.exit(1);
});
