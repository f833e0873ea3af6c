/**
 * The demo as a newcomer runs it, for the benchmarks that load pages: the production build
 * (built first when missing or stale), served by the compiled launcher with demo data on its
 * own embedded database in a throwaway folder, removed by stop().
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { portIsFree } from "~/server/db/embedded";
import { buildState, runBuild } from "../lib/build";
import { ENTRIES } from "../lib/entries";

export type DemoServer = { base: string; dbPort: number; stop: () => Promise<void> };

export async function startDemoServer(log: (line: string) => void): Promise<DemoServer> {
  if (buildState() !== "ready") {
    log("  building the production app (npm run build)…");
    if (!runBuild()) throw new Error("npm run build failed");
  }
  const state = mkdtempSync(path.join(tmpdir(), "rally-bench-demo-"));
  chmodSync(state, 0o755);
  const [port, ingestPort, dbPort, metricsPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const base = `http://localhost:${port}`;
  log(`  starting Rally with demo data on ${base}…`);
  const server = spawn(process.execPath, [ENTRIES.start, "--demo", "--prod"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      RALLY_STATE_DIR: state,
      RALLY_DB_PORT: String(dbPort),
      PORT: String(port),
      INGEST_PORT: String(ingestPort),
      WORKER_METRICS_PORT: String(metricsPort),
      TRACKING_BASE_URL: `http://localhost:${ingestPort}`,
      AUTH_SECRET: undefined,
    },
  });
  const stop = async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) =>
      server.exitCode !== null ? resolve(null) : server.once("exit", resolve),
    );
    rmSync(state, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`${base}/api/health`, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, dbPort, stop };
}

async function waitForHealth(url: string, server: ChildProcess) {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`Rally exited (code ${server.exitCode})`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer within 10 minutes`);
}

async function freePort(): Promise<number> {
  let port = 0;
  do port = 20_000 + Math.floor(Math.random() * 20_000);
  while (!(await portIsFree(port)));
  return port;
}
