/**
 * Lighthouse on the partner dashboard: the production build served by the launcher with demo
 * data (scripts/bench/demo-server.ts), the demo partner signed in through
 * the real sign-in page, then Lighthouse's default (mobile, simulated throttling) audit of
 * /portal in the system Chromium, three times; the median scores are reported.
 */
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "@playwright/test";
import { startDemoServer } from "./demo-server";

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
  const { base, stop } = await startDemoServer(log);
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
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
    await stop();
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
