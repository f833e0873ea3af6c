/**
 * Parts (a) and (b): the bare 302 server and the ingest server's GET /r/{code}, each in its own
 * process, loaded the same way one after the other. Then every click id received in a
 * Location header is looked up in the clicks table once the ingest server has closed.
 */
import type postgres from "postgres";
import { isClickId } from "~/server/tracking/click-id";
import { startChild } from "./children";
import { createBenchProgram } from "./fixtures";
import { runLoad, type LoadResult } from "./load";

type Options = {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  profileDir: string | null;
};

export async function benchRedirects(
  sql: postgres.Sql,
  ingestEnv: () => Promise<Record<string, string>>,
  options: Options,
  log: (line: string) => void,
) {
  const program = await createBenchProgram(sql, { slug: "bench-redirect", partners: 100 });
  const paths = program.links.map((link) => `/r/${link.code}`);

  log(`  bare node:http 302 server, ${options.connections} connections, ${options.seconds} s`);
  const bare = await startChild("bare-child.ts", {}, options.profileDir);
  let baseline: LoadResult;
  try {
    await runLoad({
      port: bare.port,
      paths,
      connections: options.connections,
      seconds: options.warmupSeconds,
    });
    baseline = await runLoad({ port: bare.port, paths, ...options });
  } finally {
    await bare.stop();
  }
  log(`    ${Math.round(baseline.rps).toLocaleString("en")} req/s, p99 ${baseline.p99Ms} ms`);

  log(`  ingest server GET /r/{code}, same load`);
  const ingest = await startChild("ingest-child.ts", await ingestEnv(), options.profileDir);
  let warmup: LoadResult;
  let measured: LoadResult;
  try {
    warmup = await runLoad({
      port: ingest.port,
      paths,
      connections: options.connections,
      seconds: options.warmupSeconds,
    });
    measured = await runLoad({ port: ingest.port, paths, ...options });
  } finally {
    // close() flushes every pending click before the process exits.
    await ingest.stop();
  }
  log(`    ${Math.round(measured.rps).toLocaleString("en")} req/s, p99 ${measured.p99Ms} ms`);

  const received = [...warmup.locations, ...measured.locations];
  const ids = received.map(clickIdOf).filter((id): id is string => id !== null);
  const [found] = await sql<{ n: number }[]>`
    select count(*)::int as n from clicks
    where program_id = ${program.programId} and id = any(${ids}::text[])`;
  const [rows] = await sql<{ n: number }[]>`
    select count(*)::int as n from clicks where program_id = ${program.programId}`;
  const served = warmup.redirects + measured.redirects;
  const distinctIds = new Set(ids).size;

  return {
    figures: {
      baseline_rps: Math.round(baseline.rps),
      redirect_rps: Math.round(measured.rps),
      redirect_ratio: round(measured.rps / baseline.rps, 3),
      redirect_p99_ms: measured.p99Ms,
      // A 302 received whose click id is not in the table, or a 302 without a click id.
      clicks_lost: served - found!.n,
    },
    details: {
      baseline: withoutLocations(baseline),
      redirect: withoutLocations(measured),
      redirect_warmup: withoutLocations(warmup),
      redirects_received: served,
      click_ids_received: ids.length,
      click_ids_distinct: distinctIds,
      click_ids_found: found!.n,
      click_rows: rows!.n,
      // Requests still in flight when the load generator stopped: committed, answer unread.
      clicks_committed_unanswered: Math.max(0, rows!.n - served),
    },
  };
}

function clickIdOf(location: string): string | null {
  try {
    const url = new URL(location);
    for (const value of url.searchParams.values()) if (isClickId(value)) return value;
  } catch {
    // Not a URL: counted as lost below.
  }
  return null;
}

const withoutLocations = ({ locations: _locations, ...rest }: LoadResult) => ({
  ...rest,
  rps: Math.round(rest.rps),
});
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
