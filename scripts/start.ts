/**
 * One command to run Rally: database (embedded unless DATABASE_URL), migrations, demo data on
 * first run (--demo), then the web app, the ingest server (tracking links, pixels, conversion
 * API) and the background worker. `--prod` serves the production build (`next build` first)
 * instead of the development server. Ctrl-C stops everything it started.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { createDb } from "~/server/db/client";
import { migrateDatabase } from "~/server/db/migrate";
import { programs } from "~/server/db/schema";
import { DEMO_USERS } from "~/server/auth/demo";
import { seedDemo } from "~/server/seed/demo";
import { authSecret } from "./lib/auth-secret";
import { openOwnedDatabase, STATE_DIR } from "./lib/database";

const demo = process.argv.includes("--demo");
const prod = process.argv.includes("--prod");
const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.AUTH_URL ?? `http://localhost:${port}`;
const ingestPort = Number(process.env.INGEST_PORT ?? 3001);
const trackingUrl = (process.env.TRACKING_BASE_URL ?? `http://localhost:${ingestPort}`).replace(
  /\/+$/,
  "",
);
const log = (line: string) => console.log(`[rally] ${line}`);

let app: ChildProcess | undefined;
let ingest: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let trickle: ChildProcess | undefined;
let stopping = false;

/** A TypeScript entry point as its own Node process (tsx's loader, so the pid is its own). */
function spawnEntry(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", entry], {
    stdio: ["ignore", "inherit", "inherit"],
    env,
  });
}

async function stopChild(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}

async function main() {
  const database = await openOwnedDatabase(log);
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Stopping…");
    // The ingest server commits its pending clicks before it exits: stop it before the database.
    await Promise.all([stopChild(app), stopChild(ingest), stopChild(worker), stopChild(trickle)]);
    await database.stop();
    log("Stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    log("Applying migrations…");
    await migrateDatabase(database.url);
    // The seed hashes customers and partners with the same key as the running servers.
    process.env.AUTH_SECRET ??= authSecret();
    // Uploaded creatives live beside the embedded database unless configured elsewhere.
    process.env.STORAGE_DIR ??= path.join(STATE_DIR, "storage");
    if (demo) await seedIfEmpty(database.url);

    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret(),
      AUTH_URL: appUrl,
      TRACKING_BASE_URL: trackingUrl,
      INGEST_PORT: String(ingestPort),
      RALLY_DEMO: demo ? "1" : (process.env.RALLY_DEMO ?? "0"),
    };
    app = spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", prod ? "start" : "dev", "-p", String(port)],
      {
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
      },
    );
    app.once("exit", (code) => {
      if (!stopping) {
        log(`The web app exited (code ${code}).`);
        void shutdown(code ?? 1);
      }
    });
    ingest = spawnEntry("src/ingest/main.ts", env);
    ingest.once("exit", (code) => {
      if (!stopping) {
        log(`The ingest server exited (code ${code}).`);
        void shutdown(code ?? 1);
      }
    });
    // Demo mode keeps the portal alive: a few clicks and sales a minute, through the ingest server.
    if (demo) trickle = spawnEntry("scripts/demo-trickle.ts", env);
    // React renders emails (digests, newsletters) several times faster in its production build.
    worker = spawnEntry("src/server/jobs/main.ts", prod ? { ...env, NODE_ENV: "production" } : env);
    worker.once("exit", (code) => {
      if (stopping) return;
      // A worker with nothing (left) to run may end cleanly; only a failure stops Rally.
      log(`The background worker exited (code ${code}).`);
      if (code !== 0) void shutdown(code ?? 1);
    });
    await waitForHealth("The ingest server", `http://localhost:${ingestPort}/health`);
    await waitForHealth("The web app", `http://localhost:${port}/api/health`);
    banner();
  } catch (error) {
    console.error(`[rally] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

async function seedIfEmpty(url: string) {
  const { db, sql } = createDb(url, { max: 2 });
  try {
    const [existing] = await db
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.slug, "demo"));
    if (existing) return log("Demo data already present; keeping it.");
    log("Loading demo data (first run)…");
    const summary = await seedDemo(db);
    log(`Demo data loaded: ${summary.programs} programs, ${summary.partners} partners.`);
  } finally {
    await sql.end();
  }
}

async function waitForHealth(name: string, url: string) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${name} did not answer ${url} within 3 minutes.`);
}

function banner() {
  const lines = [
    `Rally is running at ${appUrl}`,
    `Tracking links and the conversion API are served at ${trackingUrl} (ingest server, port ${ingestPort}).`,
  ];
  if (demo) {
    lines.push(
      `Sign in at ${appUrl}/signin with one click as the demo partner or the demo manager,`,
      `or by magic link for ${DEMO_USERS.partner} / ${DEMO_USERS.manager}: the link lands in ${appUrl}/dev/mailbox.`,
    );
  }
  lines.push("Press Ctrl-C to stop.");
  console.log(`\n${lines.map((line) => `  ${line}`).join("\n")}\n`);
}

void main();
