/**
 * The outage tests' own PostgreSQL (the shared test database must never be paused), an ingest
 * server process against it, and a load of visitors that records every answer.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmod, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "~/server/db/client";
import { signalPostgres } from "~/server/db/pause-server";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "~/server/db/embedded";
import { migrateDatabase } from "~/server/db/migrate";
import { enrollments, links } from "~/server/db/schema/index";
import { createProgram } from "~/server/services/programs/create-program";
import { findOrCreateUser } from "~/server/services/users/find-or-create-user";
import { programInput } from "../../support/factories";
import { freePort } from "../../support/free-port";
import { sleep } from "../../support/visitors";
export { sleep, visit, visitorLoad, type Visit } from "../../support/visitors";

export type OwnDatabase = {
  url: string;
  dataDir: string;
  port: number;
  server: EmbeddedDatabase | null;
  folder: string;
};

export async function startOwnDatabase(): Promise<OwnDatabase> {
  const folder = await mkdtemp(path.join(tmpdir(), "rally-outage-"));
  // The server runs as the OS user "postgres" when the tests run as root: let it in.
  await chmod(folder, 0o755);
  const own: OwnDatabase = {
    folder,
    dataDir: path.join(folder, "pg"),
    port: await freePort(),
    server: null,
    url: "",
  };
  await restartDatabase(own);
  await migrateDatabase(own.url);
  return own;
}

/** Starts the server again on the same data folder and port (its data survives a stop). */
export async function restartDatabase(own: OwnDatabase): Promise<void> {
  own.server = await startEmbeddedDatabase({
    dataDir: own.dataDir,
    port: own.port,
    ephemeral: false,
    whenRunning: "replace",
  });
  own.url = own.server.url;
}

export async function stopDatabase(own: OwnDatabase): Promise<void> {
  await own.server?.stop();
  own.server = null;
}

export function signalDatabase(own: OwnDatabase, signal: "SIGSTOP" | "SIGCONT"): void {
  signalPostgres(own.dataDir, signal);
}

/** Three approved partners' links in the database at `url`; returns their codes. */
export async function makeOutageLinks(
  url: string,
): Promise<{ codes: string[]; programId: string }> {
  const { db, sql } = createDb(url, { max: 2 });
  try {
    const manager = await findOrCreateUser(db, {
      email: `outage-${randomUUID().slice(0, 8)}@test.rally.test`,
      name: "Outage",
      isOwner: true,
    });
    const program = await createProgram({ db, userId: manager.id }, programInput());
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const partner = await findOrCreateUser(db, {
        email: `partner-${randomUUID().slice(0, 8)}@test.rally.test`,
        name: "Partner",
      });
      const [enrollment] = await db
        .insert(enrollments)
        .values({
          programId: program.id,
          partnerId: partner.id,
          status: "approved",
          acceptedTermsVersion: 1,
          decidedAt: new Date(),
        })
        .returning();
      const code = randomUUID().replaceAll("-", "").slice(0, 12);
      await db.insert(links).values({
        programId: program.id,
        enrollmentId: enrollment!.id,
        code,
        destination: "https://shop.example.com/product",
      });
      codes.push(code);
    }
    return { codes, programId: program.id };
  } finally {
    await sql.end();
  }
}

export type IngestChild = { process: ChildProcess; port: number; output: string[] };

export async function startIngestChild(
  databaseUrl: string,
  spoolDir: string,
  port: number,
): Promise<IngestChild> {
  const output: string[] = [];
  const started = spawn(process.execPath, ["--import", "tsx", "src/ingest/main.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TRACKING_SECRET: "outage-test-secret-0123456789",
      INGEST_PORT: String(port),
      SPOOL_DIR: spoolDir,
      INGEST_COMMIT_TIMEOUT_MS: "1000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the ingest server did not start")), 30_000);
    started.stdout?.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      if (chunk.toString().includes("Listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    started.once("exit", (code) => reject(new Error(`the ingest server exited (${code})`)));
  });
  return { process: started, port, output };
}

export function kill(child: IngestChild | undefined, signal: NodeJS.Signals): Promise<void> {
  const running = child?.process;
  if (!running || running.exitCode !== null || running.signalCode !== null) {
    return Promise.resolve();
  }
  const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
  running.kill(signal);
  return exited;
}

/** Polls /ready until it answers 200 with an empty spool, or throws after `ms`. */
export async function untilReplayed(port: number, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    const ready = await fetch(`http://localhost:${port}/ready`).catch(() => null);
    if (ready?.status === 200) {
      const body = (await ready.json()) as { spool: { records: number }; spooling: boolean };
      if (body.spool.records === 0 && !body.spooling) return Date.now() - started;
    }
    await sleep(200);
  }
  throw new Error(`the spool was not replayed within ${ms} ms`);
}
