/**
 * Lighthouse on the partner dashboard: a fresh production build served by the launcher with
 * demo data (its own embedded database, removed afterwards), the demo partner signed in through
 * the real sign-in page, then Lighthouse's default (mobile, simulated throttling) audit of
 * /portal in the system Chromium, three times; the median scores are reported.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "@playwright/test";
import { portIsFree } from "~/server/db/embedded";

const CHROMIUM = process.env.RALLY_CHROMIUM ?? "/usr/bin/chromium";
const RUNS = 3;
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
] as const;
const round = (value: number | undefined) =>
  value === undefined ? undefined : Math.round(value * 1000) / 1000;

export async function benchLighthouse(log: (line: string) => void) {
  log("  building the production app (next build)…");
  await run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);

  const state = mkdtempSync(path.join(tmpdir(), "rally-lighthouse-"));
  chmodSync(state, 0o755);
  const [port, ingestPort, dbPort] = [await freePort(), await freePort(), await freePort()];
  const base = `http://localhost:${port}`;
  log(`  starting Rally with demo data on ${base}…`);
  const server = spawn(process.execPath, ["dist/start.mjs", "--demo", "--prod"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      RALLY_STATE_DIR: state,
      RALLY_DB_PORT: String(dbPort),
      PORT: String(port),
      INGEST_PORT: String(ingestPort),
      TRACKING_BASE_URL: `http://localhost:${ingestPort}`,
      AUTH_SECRET: undefined,
    },
  });
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await waitForHealth(`${base}/api/health`, server);
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    await signInAsDemoPartner(chrome.port, base);
    const scores = { performance: [] as number[], accessibility: [] as number[] };
    const metrics: Record<string, number | undefined>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${base}/portal`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        // Keep the signed-in session the page needs.
        disableStorageReset: true,
      });
      const categories = result?.lhr.categories;
      // The whole report of the last run, to see where the time goes (RALLY_LIGHTHOUSE_REPORT=file).
      if (process.env.RALLY_LIGHTHOUSE_REPORT && result) {
        writeFileSync(process.env.RALLY_LIGHTHOUSE_REPORT, JSON.stringify(result.lhr));
      }
      if (result?.lhr.finalDisplayedUrl && !result.lhr.finalDisplayedUrl.includes("/portal")) {
        throw new Error(`Lighthouse was redirected to ${result.lhr.finalDisplayedUrl}`);
      }
      scores.performance.push(Math.round((categories?.performance?.score ?? 0) * 100));
      // What the performance score is made of, in ms (CLS unitless), to see what to improve.
      metrics.push(
        Object.fromEntries(METRICS.map((id) => [id, round(result?.lhr.audits[id]?.numericValue)])),
      );
      scores.accessibility.push(Math.round((categories?.accessibility?.score ?? 0) * 100));
      log(
        `    run ${i + 1}: performance ${scores.performance.at(-1)}, accessibility ${scores.accessibility.at(-1)}`,
      );
    }
    return {
      figures: {
        lighthouse_performance: median(scores.performance),
        lighthouse_accessibility: median(scores.accessibility),
      },
      details: {
        page: "/portal (demo partner)",
        preset: "mobile (default)",
        runs: scores,
        metrics,
      },
    };
  } finally {
    await chrome?.kill();
    server.kill("SIGTERM");
    await new Promise((resolve) =>
      server.exitCode !== null ? resolve(null) : server.once("exit", resolve),
    );
    rmSync(state, { recursive: true, force: true });
  }
}

/** The real sign-in page, in the browser Lighthouse will use, so the session cookie is set. */
async function signInAsDemoPartner(debugPort: number, base: string) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
  try {
    const context = browser.contexts()[0]!;
    const page = await context.newPage();
    await page.goto(`${base}/signin`);
    await page.getByRole("button", { name: "Sign in as the demo partner" }).click();
    await page.waitForURL(/\/portal$/, { timeout: 60_000 });
    // Warm the page once (server caches, compiled routes) before it is measured.
    await page.goto(`${base}/portal`, { waitUntil: "load" });
    await page.close();
  } finally {
    // Disconnects only: the browser, and its cookies, stay for Lighthouse.
    await browser.close();
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`)),
    );
  });
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
