/**
 * `npm run bench`: starts its own PostgreSQL and measures, in one run and side by side, the
 * machine's bare 302 limit, the ingest server's durable redirects, signed conversions through
 * the API, and the stats reads on 10 million clicks. Prints a table; `--out` writes JSON.
 * Every process it starts (servers under test, the database) is stopped on every exit path.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { createDb } from "~/server/db/client";
import { portIsFree } from "~/server/db/embedded";
import { stopAllChildren } from "./children";
import { benchContests } from "./contests";
import { benchConversions } from "./conversions";
import { benchDemoPages } from "./demo-pages";
import { benchDigests } from "./digests";
import { benchLighthouse } from "./lighthouse";
import { benchLive } from "./live";
import { benchOutage } from "./outage";
import { SERVER_SETTINGS, startBenchDatabase } from "./database";
import { parseOptions, USAGE, type BenchOptions, type Part } from "./options";
import { benchRedirects } from "./redirects";
import { emptyFigures, printTable, verdicts, writeJson, type Figures } from "./report";
import { benchStats } from "./stats";

const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const figures: Figures = emptyFigures();
  const details: Partial<Record<Part, unknown>> = {};
  const failures: Partial<Record<Part, string>> = {};
  const cleanups: (() => Promise<unknown>)[] = [];
  // One cleanup, however many paths ask for it (an interrupt and the failing main flow).
  let cleaning: Promise<void> | null = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await stopAllChildren();
      while (cleanups.length > 0) await cleanups.pop()!().catch((e) => console.error(e));
    })());
  let interrupted = false;
  process.once("SIGINT", () => {
    interrupted = true;
    console.error("\nInterrupted: stopping the servers and the database…");
    void cleanup().finally(() => process.exit(130));
  });

  try {
    log(`Starting a throwaway PostgreSQL…`);
    const database = await startBenchDatabase(log);
    cleanups.push(database.stop);
    const app = createDb(database.url, { max: 10 });
    cleanups.push(() => app.sql.end({ timeout: 5 }));
    const ingestEnv = () => ingestEnvironment(database.url);

    const parts: Record<Part, () => Promise<{ figures: Partial<Figures>; details: unknown }>> = {
      redirect: () => benchRedirects(app.sql, ingestEnv, options, log),
      conversions: () =>
        benchConversions(
          app.db,
          app.sql,
          ingestEnv,
          { ...options, concurrency: options.conversionConcurrency },
          log,
        ),
      stats: () => benchStats(app.db, app.sql, options, log),
      contests: () => benchContests(app.db, app.sql, options, log),
      digests: () => benchDigests(app.sql, database.url, options, log),
      live: () => benchLive(app.db, app.sql, database.url, ingestEnv, options, log),
      lighthouse: () => benchLighthouse(log),
      outage: () => benchOutage(ingestEnvironment, options, log),
      "demo-pages": () => benchDemoPages(log),
    };
    for (const part of options.parts) {
      if (interrupted) break;
      log(`\n[${part}]`);
      const partStart = Date.now();
      try {
        const result = await parts[part]();
        Object.assign(figures, result.figures);
        details[part] = { ...(result.details as object), seconds_total: since(partStart) };
      } catch (error) {
        failures[part] = error instanceof Error ? error.message : String(error);
        console.error(`  ${part} failed:`, error);
      }
    }
    if (interrupted) return 130;
    const [version] = await app.sql<{ version: string }[]>`select version()`;
    const settings = await app.sql<{ name: string; setting: string; unit: string | null }[]>`
      select name, current_setting(name) as setting, null as unit from pg_settings
      where name in ('shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'jit', 'work_mem',
        'max_parallel_workers_per_gather', 'synchronous_commit')`;

    printTable(figures);
    const document = {
      ...figures,
      verdicts: verdicts(figures),
      details,
      failures,
      options,
      machine: {
        date: new Date().toISOString(),
        node: process.version,
        postgres: version?.version,
        postgres_settings_requested: SERVER_SETTINGS,
        postgres_settings: Object.fromEntries(
          settings.map((s) => [s.name, s.unit ? `${s.setting} × ${s.unit}` : s.setting]),
        ),
        platform: `${os.platform()} ${os.release()} ${os.arch()}`,
        cpus: os.cpus().length,
        cpu_model: os.cpus()[0]?.model,
        memory_gb: Math.round(os.totalmem() / 2 ** 30),
        // Other work on the machine skews every figure: a 1-minute load above the CPU count
        // means the bench did not have the machine to itself.
        load_average_at_start: loadAtStart.map((n) => Math.round(n * 100) / 100),
        load_average_at_end: os.loadavg().map((n) => Math.round(n * 100) / 100),
      },
      duration_s: since(started),
    };
    log(`\nTotal ${document.duration_s} s.`);
    if (options.out) {
      await writeJson(options.out, document);
      log(`Wrote ${options.out}.`);
    }
    return Object.keys(failures).length > 0 ? 1 : 0;
  } finally {
    await cleanup();
  }
}

/** What the ingest server reads from its environment, on a port chosen now. */
async function ingestEnvironment(databaseUrl: string): Promise<Record<string, string>> {
  let port = 0;
  do port = 20_000 + Math.floor(Math.random() * 20_000);
  while (!(await portIsFree(port)));
  return {
    DATABASE_URL: databaseUrl,
    INGEST_PORT: String(port),
    TRACKING_BASE_URL: `http://localhost:${port}`,
    TRACKING_SECRET: randomBytes(32).toString("hex"),
    NODE_ENV: "production",
    // The conversion bench pushes ~1,500 requests/s through one API key, far over the default
    // per-key limit (100/s): it measures throughput, not the limiter.
    CONVERSION_RATE_LIMIT: String(10_000_000),
    CONVERSION_RATE_BURST: String(100_000),
  };
}

const since = (start: number) => Math.round((Date.now() - start) / 100) / 10;

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
