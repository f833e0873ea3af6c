/**
 * One command to run Rally: the database, migrations, then the web app, the ingest server
 * (tracking links, pixels, conversion API) and the background worker. Ctrl-C stops
 * everything it started. Three modes (scripts/lib/start-mode.ts says what each does):
 *
 *   npm start          production: the existing build, DATABASE_URL, AUTH_SECRET and AUTH_URL
 *   npm run dev        `next dev` on the embedded database (--dev)
 *   npm run demo       a production build with demo data and the demo sign-in (--demo;
 *                      --demo --prod serves the existing build without checking it)
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { createDb } from "~/server/db/client";
import { migrateDatabase } from "~/server/db/migrate";
import { migrateOnStartIfAsked } from "~/server/db/migrate-on-start";
import { migrationStatus } from "~/server/db/migration-status";
import { programs } from "~/server/db/schema";
import { DEMO_USERS } from "~/server/auth/demo";
import { seedDemo } from "~/server/seed/demo";
import { EnvError } from "~/env";
import { authSecret } from "./lib/auth-secret";
import { buildState, runBuild } from "./lib/build";
import { ENTRIES, ENTRY_SOURCES, type EntryName } from "./lib/entries";
import { openOwnedDatabase, STATE_DIR } from "./lib/database";
import { checkProductionStart, startPlan } from "./lib/start-mode";

const plan = startPlan(process.argv.slice(2), process.env);
const demo = plan.mode === "demo";
const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.AUTH_URL ?? `http://localhost:${port}`;
const ingestPort = Number(process.env.INGEST_PORT ?? 3001);
const trackingUrl = (process.env.TRACKING_BASE_URL ?? `http://localhost:${ingestPort}`).replace(
  /\/+$/,
  "",
);
// Where the launcher itself reaches its servers: the interface they listen on.
const localHost = plan.host && !["0.0.0.0", "::"].includes(plan.host) ? plan.host : "localhost";
const local = (p: number) =>
  `http://${localHost.includes(":") ? `[${localHost}]` : localHost}:${p}`;
const log = (line: string) => console.log(`[rally] ${line}`);

let app: ChildProcess | undefined;
let ingest: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let trickle: ChildProcess | undefined;
let stopping = false;

/**
 * One of Rally's processes as its own Node process: the compiled entry (dist/, from
 * `npm run build`) when serving a build, the TypeScript source under tsx in development.
 */
function spawnEntry(name: EntryName, env: NodeJS.ProcessEnv): ChildProcess {
  const args = plan.server === "build" ? [ENTRIES[name]] : ["--import", "tsx", ENTRY_SOURCES[name]];
  return spawn(process.execPath, args, { stdio: ["ignore", "inherit", "inherit"], env });
}

async function stopChild(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}

/** Refusals that need no database: exits with every problem named, before anything starts. */
function preflight() {
  if (plan.mode === "production") {
    try {
      checkProductionStart(process.env);
    } catch (error) {
      if (!(error instanceof EnvError)) throw error;
      console.error(
        `[rally] npm start runs Rally in production and cannot start. ${error.message}`,
      );
      console.error(
        "[rally] For a local try-out use `npm run demo`, for development `npm run dev`.",
      );
      process.exit(1);
    }
  }
  if (plan.build === "no") return;
  const state = buildState();
  if (plan.build === "must-exist" && state === "missing") {
    console.error(
      "[rally] There is no complete production build here (.next/ and dist/): run `npm run build` first.",
    );
    process.exit(1);
  }
  if (plan.build === "when-needed" && state !== "ready") {
    log(state === "missing" ? "Building the web app (first run)…" : "Sources changed: rebuilding…");
    if (!runBuild()) {
      console.error("[rally] The build failed; see its output above.");
      process.exit(1);
    }
  }
}

async function main() {
  preflight();
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
    await prepareSchema(database.url);
    // A generated secret is for local runs only: production brings its own (checked above).
    // The seed hashes customers and partners with the same key as the running servers.
    if (plan.localConveniences) process.env.AUTH_SECRET ??= authSecret();
    // Uploaded creatives live beside the embedded database unless configured elsewhere.
    process.env.STORAGE_DIR ??= path.join(STATE_DIR, "storage");
    // So is the ingest server's click spool: a second launch (e2e beside the demo) has its own.
    process.env.SPOOL_DIR ??= path.join(STATE_DIR, "spool");
    if (plan.seedDemo) await seedIfEmpty(database.url);

    const env = {
      ...process.env,
      ...plan.env,
      DATABASE_URL: database.url,
      AUTH_URL: appUrl,
      TRACKING_BASE_URL: trackingUrl,
      INGEST_PORT: String(ingestPort),
      NEXT_TELEMETRY_DISABLED: "1",
    };
    app =
      plan.server === "next-dev"
        ? spawn(
            process.execPath,
            [
              "node_modules/next/dist/bin/next",
              "dev",
              "-p",
              String(port),
              ...(plan.host ? ["-H", plan.host] : []),
            ],
            { stdio: ["ignore", "inherit", "inherit"], env },
          )
        : spawnEntry("web", { ...env, PORT: String(port) });
    app.once("exit", (code) => {
      if (!stopping) {
        log(`The web app exited (code ${code}).`);
        void shutdown(code ?? 1);
      }
    });
    ingest = spawnEntry("ingest", env);
    ingest.once("exit", (code) => {
      if (!stopping) {
        log(`The ingest server exited (code ${code}).`);
        void shutdown(code ?? 1);
      }
    });
    // Demo mode keeps the portal alive: a few clicks and sales a minute, through the ingest server.
    if (demo) trickle = spawnEntry("demoTrickle", env);
    // The worker runs as the web app does (React renders emails several times faster in its
    // production build).
    worker = spawnEntry("worker", env);
    worker.once("exit", (code) => {
      if (stopping) return;
      // A worker with nothing (left) to run may end cleanly; only a failure stops Rally.
      log(`The background worker exited (code ${code}).`);
      if (code !== 0) void shutdown(code ?? 1);
    });
    await waitForHealth("The ingest server", `${local(ingestPort)}/health`);
    await waitForHealth("The web app", `${local(port)}/api/health`);
    banner();
  } catch (error) {
    console.error(`[rally] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

/**
 * Development and the demo migrate at every start. Production migrates only when asked
 * (MIGRATE_ON_START=1, the single-host setups); otherwise an upgrade runs `rally migrate` once,
 * and a start on a database that lacks migrations stops here rather than serving errors.
 */
async function prepareSchema(url: string) {
  if (plan.mode !== "production") {
    await migrateDatabase(url, { log });
    return;
  }
  if (await migrateOnStartIfAsked(url, log)) return;
  const { sql } = createDb(url, { max: 1 });
  try {
    const { pending } = await migrationStatus(sql);
    if (pending.length > 0) {
      throw new Error(
        `The database lacks ${pending.length} migration(s) of this version (${pending.join(", ")}). ` +
          "Run `node dist/rally.mjs migrate` first, or set MIGRATE_ON_START=1.",
      );
    }
  } finally {
    await sql.end();
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
    // Fresh tables have no planner statistics until autovacuum runs: without them the first
    // pages choose plans that scan a program's clicks row by row.
    await sql`analyze`;
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
  const where = plan.host ?? "all interfaces";
  const lines = [
    {
      production: `Rally is running in production at ${appUrl} (listening on ${where}, port ${port}).`,
      development: `Rally's development server is running at ${appUrl} (listening on ${where} only).`,
      demo: `The Rally demo is running at ${appUrl} (listening on ${where} only).`,
    }[plan.mode],
    `Tracking links and the conversion API are served at ${trackingUrl} (ingest server, port ${ingestPort}).`,
  ];
  if (demo) {
    lines.push(
      `Sign in at ${appUrl}/signin with one click as the demo partner or the demo manager,`,
      `or by magic link for ${DEMO_USERS.partner} / ${DEMO_USERS.manager}: the link lands in ${appUrl}/dev/mailbox.`,
      "Demo mode shows everyone's sign-in links: never expose it to the internet.",
    );
  } else if (plan.mode === "development") {
    lines.push(
      plan.env.RALLY_DEV_MAILBOX === "1"
        ? `Sign-in links land in ${appUrl}/dev/mailbox (RALLY_DEV_MAILBOX=1; set it to 0 to turn it off).`
        : "The dev mailbox is off (RALLY_DEV_MAILBOX=1 turns it on); sign-in links go by email only.",
    );
  }
  lines.push("Press Ctrl-C to stop.");
  console.log(`\n${lines.map((line) => `  ${line}`).join("\n")}\n`);
}

void main();
