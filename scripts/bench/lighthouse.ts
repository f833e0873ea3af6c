/**
 * Lighthouse on the partner home and the manager's cockpit: the production build served by the
 * launcher with demo data (scripts/bench/demo-server.ts), each role signed in through the real
 * sign-in page, then Lighthouse's default audit (mobile, simulated throttling) in the system
 * Chromium, five times per page; the medians are reported, with LCP and TBT.
 */
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "@playwright/test";
import { startDemoServer } from "./demo-server";

const CHROMIUM = process.env.RALLY_CHROMIUM ?? "/usr/bin/chromium";
const RUNS = 5;
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
] as const;
const round = (value: number | undefined) =>
  value === undefined ? undefined : Math.round(value * 1000) / 1000;

const PAGES = [
  { key: "partner", role: "partner", path: "/portal", label: "/portal (demo partner)" },
  { key: "cockpit", role: "manager", path: "/manage/demo", label: "/manage/demo (demo manager)" },
] as const;

export async function benchLighthouse(log: (line: string) => void) {
  const { base, stop } = await startDemoServer(log);
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    const results: Record<string, Awaited<ReturnType<typeof auditPage>>> = {};
    for (const page of PAGES) {
      log(`  ${page.label}`);
      await signInAsDemo(chrome.port, base, page.role, page.path);
      results[page.key] = await auditPage(chrome.port, `${base}${page.path}`, page.path, log);
    }
    const partner = results.partner!;
    const cockpit = results.cockpit!;
    return {
      figures: {
        lighthouse_performance: partner.performance,
        lighthouse_accessibility: partner.accessibility,
        lighthouse_lcp_ms: partner.lcp,
        lighthouse_tbt_ms: partner.tbt,
        cockpit_performance: cockpit.performance,
        cockpit_accessibility: cockpit.accessibility,
        cockpit_lcp_ms: cockpit.lcp,
        cockpit_tbt_ms: cockpit.tbt,
      },
      details: {
        preset: "mobile (default)",
        pages: Object.fromEntries(
          PAGES.map((page) => [
            page.label,
            { runs: results[page.key]!.runs, metrics: results[page.key]!.metrics },
          ]),
        ),
      },
    };
  } finally {
    await chrome?.kill();
    await stop();
  }
}

async function auditPage(
  port: number,
  url: string,
  expectedPath: string,
  log: (line: string) => void,
) {
  const scores = { performance: [] as number[], accessibility: [] as number[] };
  const metrics: Record<string, number | undefined>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      // Keep the signed-in session the page needs.
      disableStorageReset: true,
    });
    const categories = result?.lhr.categories;
    // The whole report of the last run, to see where the time goes (RALLY_LIGHTHOUSE_REPORT=prefix).
    if (process.env.RALLY_LIGHTHOUSE_REPORT && result) {
      const name = expectedPath.replaceAll("/", "_");
      writeFileSync(
        `${process.env.RALLY_LIGHTHOUSE_REPORT}${name}.json`,
        JSON.stringify(result.lhr),
      );
    }
    const landed = result?.lhr.finalDisplayedUrl;
    if (landed && new URL(landed).pathname !== expectedPath) {
      throw new Error(`Lighthouse was redirected to ${landed}`);
    }
    scores.performance.push(Math.round((categories?.performance?.score ?? 0) * 100));
    scores.accessibility.push(Math.round((categories?.accessibility?.score ?? 0) * 100));
    // What the performance score is made of, in ms (CLS unitless), to see what to improve.
    metrics.push(
      Object.fromEntries(METRICS.map((id) => [id, round(result?.lhr.audits[id]?.numericValue)])),
    );
    log(
      `    run ${i + 1}: performance ${scores.performance.at(-1)}, accessibility ${scores.accessibility.at(-1)}, LCP ${Math.round(metrics.at(-1)!["largest-contentful-paint"] ?? 0)} ms, TBT ${Math.round(metrics.at(-1)!["total-blocking-time"] ?? 0)} ms`,
    );
  }
  const of = (id: (typeof METRICS)[number]) => Math.round(median(metrics.map((m) => m[id] ?? 0)));
  return {
    performance: median(scores.performance),
    accessibility: median(scores.accessibility),
    lcp: of("largest-contentful-paint"),
    tbt: of("total-blocking-time"),
    runs: scores,
    metrics,
  };
}

/** The real sign-in page, in the browser Lighthouse will use, so the session cookie is set. */
async function signInAsDemo(
  debugPort: number,
  base: string,
  role: "partner" | "manager",
  path: string,
) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
  try {
    const context = browser.contexts()[0]!;
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto(`${base}/signin`);
    await page.getByRole("button", { name: `Sign in as the demo ${role}` }).click();
    await page.waitForURL(/\/(portal|manage)/, { timeout: 60_000 });
    // Warm the page once (server caches, compiled routes) before it is measured.
    await page.goto(`${base}${path}`, { waitUntil: "load" });
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
