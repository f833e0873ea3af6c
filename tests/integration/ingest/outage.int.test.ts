/**
 * PostgreSQL outages under redirect load, against the test's own database (never the shared
 * one): paused (SIGSTOP of the postmaster and its backends), then stopped. Every visitor must
 * still be redirected, and once the database is back every click a visitor was given must be
 * in the clicks table exactly once, with rollups that count each click once.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "~/server/db/client";
import { freePort } from "../../support/free-port";
import {
  kill,
  makeOutageLinks,
  restartDatabase,
  signalDatabase,
  sleep,
  startIngestChild,
  startOwnDatabase,
  stopDatabase,
  untilReplayed,
  visit,
  visitorLoad,
  type IngestChild,
  type OwnDatabase,
  type Visit,
} from "./outage-support";

// The figure is 30 s down; RALLY_OUTAGE_SECONDS shortens it for a quick local run.
const STOPPED_MS = Number(process.env.RALLY_OUTAGE_SECONDS ?? 30) * 1000;

let own: OwnDatabase;
let child: IngestChild | undefined;
let codes: string[];
let programId: string;

beforeAll(async () => {
  own = await startOwnDatabase();
  ({ codes, programId } = await makeOutageLinks(own.url));
}, 60_000);

afterAll(async () => {
  await kill(child, "SIGKILL");
  if (own?.server) signalDatabase(own, "SIGCONT");
  await stopDatabase(own).catch(() => {});
  await rm(own.folder, { recursive: true, force: true });
}, 30_000);

/** Every answered click id, checked against the table: missing ones and duplicates. */
async function audit(answers: Visit[]) {
  const ids = answers.flatMap((a) => (a.status === 302 && a.clickId ? [a.clickId] : []));
  const { sql } = createDb(own.url, { max: 1 });
  try {
    const rows = await sql<{ id: string; n: number }[]>`
      select id, count(*)::int as n from clicks where id = any(${ids}) group by id`;
    const stored = new Map(rows.map((row) => [row.id, row.n]));
    const [rollup] = await sql<{ clicks: number; hourly: number; raw: number }[]>`
      select
        (select coalesce(sum(clicks), 0)::int from stats_daily where program_id = ${programId}) as clicks,
        (select coalesce(sum(clicks), 0)::int from stats_hourly where program_id = ${programId}) as hourly,
        (select count(*)::int from clicks where program_id = ${programId}) as raw`;
    return {
      answered: ids.length,
      missing: ids.filter((id) => !stored.has(id)),
      duplicated: [...stored].filter(([, n]) => n > 1),
      rollup: rollup!,
    };
  } finally {
    await sql.end();
  }
}

describe("ingest server during a database outage", () => {
  it("redirects every visitor while PostgreSQL is paused, then stopped, and stores each click once after", async () => {
    const spoolDir = await mkdtemp(path.join(tmpdir(), "rally-outage-spool-"));
    child = await startIngestChild(own.url, spoolDir, await freePort());
    // The first visits put the links in the server's cache: they redirect from it meanwhile.
    const warm: Visit[] = [];
    for (const code of codes) warm.push(await visit(child.port, code, false));
    expect(warm.map((a) => a.status)).toEqual([302, 302, 302]);

    // About 400 visits a second at most: thousands of clicks spooled over the outage.
    const load = visitorLoad(child.port, codes, 20, 50);
    await sleep(1000);
    signalDatabase(own, "SIGSTOP");
    await sleep(4000);
    const paused = await fetch(`http://localhost:${child.port}/ready`);
    expect(paused.status).toBe(503);
    expect((await fetch(`http://localhost:${child.port}/health`)).status).toBe(200);
    signalDatabase(own, "SIGCONT");
    await stopDatabase(own);
    await sleep(STOPPED_MS);
    const during = load.answers.length;
    await restartDatabase(own);
    const replayMs = await untilReplayed(child.port, 60_000);
    await sleep(500);
    await load.stop();

    const errors = load.answers.filter((a) => a.status !== 302);
    expect(errors.slice(0, 5)).toEqual([]);
    // Enough visitors during the outage for the spool to matter.
    expect(during).toBeGreaterThan(200);
    const result = await audit([...warm, ...load.answers]);
    expect(result.missing).toEqual([]);
    expect(result.duplicated).toEqual([]);
    expect(result.rollup.raw).toBe(result.answered);
    expect(result.rollup.clicks).toBe(result.rollup.raw);
    expect(result.rollup.hourly).toBe(result.rollup.raw);
    console.log(
      `outage: ${result.answered} redirects, ${during} by the end of the outage, replayed in ${replayMs} ms`,
    );
    await kill(child, "SIGTERM");
  }, 150_000);

  it("replays the spool of a process killed with SIGKILL when the next one starts, without loss or duplicate", async () => {
    const spoolDir = await mkdtemp(path.join(tmpdir(), "rally-outage-spool-"));
    const port = await freePort();
    child = await startIngestChild(own.url, spoolDir, port);
    for (const code of codes) expect((await visit(child.port, code, false)).status).toBe(302);
    await stopDatabase(own);

    const load = visitorLoad(port, codes, 10);
    await sleep(2500);
    await load.stop();
    expect(load.answers.every((a) => a.status === 302)).toBe(true);
    const ready = (await (await fetch(`http://localhost:${port}/ready`)).json()) as {
      spool: { records: number };
    };
    expect(ready.spool.records).toBeGreaterThan(0);
    await kill(child, "SIGKILL");

    child = await startIngestChild(own.url, spoolDir, port);
    await restartDatabase(own);
    await untilReplayed(port, 60_000);
    const result = await audit(load.answers);
    expect(result.answered).toBe(load.answers.length);
    expect(result.missing).toEqual([]);
    expect(result.duplicated).toEqual([]);
    expect(result.rollup.clicks).toBe(result.rollup.raw);
    await kill(child, "SIGTERM");
  }, 90_000);
});
