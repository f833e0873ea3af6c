/**
 * The outage part: redirects while PostgreSQL is paused (SIGSTOP of the postmaster and its
 * backends) and then stopped, on a database of its own (the other parts' database stays up).
 * Every answer must be a 302 and, once the database is back and the spool replayed, every
 * click id received must be in the table. Also measured: the ingest process's peak RSS
 * during the outage and how long the replay took.
 */
import { readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "~/server/db/client";
import { signalPostgres } from "~/server/db/pause-server";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "~/server/db/embedded";
import { migrateDatabase } from "~/server/db/migrate";
import { isClickId } from "~/server/tracking/click-id";
import { startChild } from "./children";
import { freePort } from "./database";
import { createBenchProgram } from "./fixtures";
import { runLoad } from "./load";

type Options = { quick: boolean; connections: number };

const PAUSED_S = 3;

export async function benchOutage(
  ingestEnv: (databaseUrl: string) => Promise<Record<string, string>>,
  options: Options,
  log: (line: string) => void,
) {
  const stoppedS = options.quick ? 10 : 30;
  const folder = await mkdtemp(path.join(tmpdir(), "rally-bench-outage-"));
  await chmod(folder, 0o755);
  const dataDir = path.join(folder, "pg");
  const port = await freePort();
  const start = () =>
    startEmbeddedDatabase({ dataDir, port, ephemeral: false, whenRunning: "replace" });
  let database: EmbeddedDatabase | null = await start();
  let rssTimer: NodeJS.Timeout | null = null;
  try {
    await migrateDatabase(database.url);
    const url = database.url;
    const { sql } = createDb(url, { max: 2 });
    const program = await createBenchProgram(sql, { slug: "bench-outage", partners: 20 });
    await sql.end();
    const paths = program.links.map((link) => `/r/${link.code}`);

    const env = {
      ...(await ingestEnv(url)),
      SPOOL_DIR: path.join(folder, "spool"),
      INGEST_COMMIT_TIMEOUT_MS: "1000",
    };
    const ingest = await startChild("ingest-child.ts", env);
    let peakRssMb = 0;
    rssTimer = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMb(ingest.pid))), 100);
    const locations: string[] = [];
    let errors = 0;
    let replayS: number;
    try {
      // Puts every link in the server's cache, as any live server has them.
      const warm = await runLoad({ port: ingest.port, paths, connections: 10, seconds: 1 });
      locations.push(...warm.locations);

      log(
        `  redirects with PostgreSQL paused ${PAUSED_S} s, then stopped ${stoppedS} s, ` +
          `${options.connections} connections`,
      );
      const loadSeconds = 1 + PAUSED_S + stoppedS + 3;
      const load = runLoad({
        port: ingest.port,
        paths,
        connections: options.connections,
        seconds: loadSeconds,
      });
      await sleep(1000);
      signalPostgres(dataDir, "SIGSTOP");
      await sleep(PAUSED_S * 1000);
      signalPostgres(dataDir, "SIGCONT");
      await database.stop();
      database = null;
      await sleep(stoppedS * 1000);
      database = await start();
      const back = Date.now();
      const during = await load;
      locations.push(...during.locations);
      errors = during.errors + during.timeouts + during.non3xx;
      await untilReplayed(ingest.port, 120_000);
      replayS = Math.round((Date.now() - back) / 100) / 10;
      log(
        `    ${during.responses.toLocaleString("en")} answers, ${errors} not a 302, ` +
          `spool replayed ${replayS} s after the database came back`,
      );
    } finally {
      if (rssTimer) clearInterval(rssTimer);
      await ingest.stop();
    }

    const ids = locations.map(clickIdOf).filter((id): id is string => id !== null);
    const check = createDb(database.url, { max: 1 });
    const [found] = await check.sql<{ n: number }[]>`
      select count(distinct id)::int as n from clicks where id = any(${ids}::text[])`;
    const [duplicates] = await check.sql<{ n: number }[]>`
      select count(*)::int as n from (
        select id from clicks where program_id = ${program.programId} group by id having count(*) > 1) d`;
    await check.sql.end();
    return {
      figures: {
        outage_redirect_errors: errors,
        outage_clicks_lost: locations.length - found!.n,
        outage_peak_rss_mb: Math.round(peakRssMb),
        outage_replay_s: replayS,
      },
      details: {
        paused_s: PAUSED_S,
        stopped_s: stoppedS,
        redirects_received: locations.length,
        click_ids_found: found!.n,
        duplicate_click_ids: duplicates!.n,
      },
    };
  } finally {
    if (rssTimer) clearInterval(rssTimer);
    await database?.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

async function untilReplayed(port: number, ms: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    const ready = await fetch(`http://localhost:${port}/ready`).catch(() => null);
    if (ready?.status === 200) {
      const body = (await ready.json()) as { spool: { records: number }; spooling: boolean };
      if (body.spool.records === 0 && !body.spooling) return;
    }
    await sleep(100);
  }
  throw new Error(`the spool was not replayed within ${ms / 1000} s`);
}

function clickIdOf(location: string): string | null {
  try {
    for (const value of new URL(location).searchParams.values()) if (isClickId(value)) return value;
  } catch {
    // Not a URL: counted as lost.
  }
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
