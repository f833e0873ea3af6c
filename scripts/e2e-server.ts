/**
 * The server the end-to-end tests run against: the same launcher as `npm run demo`, serving
 * the build `npm run test:e2e` just made as it is (--prod), on a throwaway embedded database
 * (a new folder each run, removed on exit) with demo data.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const state = mkdtempSync(path.join(tmpdir(), "rally-e2e-"));
chmodSync(state, 0o755);
const child = spawn(process.execPath, ["dist/start.mjs", "--demo", "--prod"], {
  stdio: "inherit",
  env: {
    ...process.env,
    RALLY_STATE_DIR: state,
    RALLY_DB_PORT: process.env.E2E_DB_PORT ?? "5499",
    // Beside a running demo (3001) without a clash; the specs read E2E_TRACKING_URL.
    INGEST_PORT: process.env.E2E_INGEST_PORT ?? "3101",
    WORKER_METRICS_PORT: process.env.E2E_WORKER_METRICS_PORT ?? "3102",
    TRACKING_BASE_URL: process.env.E2E_TRACKING_URL ?? "http://localhost:3101",
  },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => {
  rmSync(state, { recursive: true, force: true });
  process.exit(code ?? 0);
});
