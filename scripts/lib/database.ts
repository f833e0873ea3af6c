/**
 * Where the scripts find their database: DATABASE_URL when set, otherwise the embedded
 * PostgreSQL in RALLY_DATA_DIR (default .rally/postgres) on RALLY_DB_PORT (default 5488).
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { isAlive, startEmbeddedDatabase, type EmbeddedDatabase } from "~/server/db/embedded";

export const STATE_DIR = path.resolve(process.env.RALLY_STATE_DIR ?? ".rally");
export const DATA_DIR = path.resolve(
  process.env.RALLY_DATA_DIR ?? path.join(STATE_DIR, "postgres"),
);
export const DB_PORT = Number(process.env.RALLY_DB_PORT ?? 5488);
const LAUNCHER_PID = path.join(STATE_DIR, "launcher.pid");

/**
 * For the launcher (`npm run demo` / `npm start`): owns the embedded server for its lifetime.
 * Refuses when another live launcher owns it; replaces a server orphaned by a killed run.
 */
export async function openOwnedDatabase(log: (line: string) => void): Promise<EmbeddedDatabase> {
  if (process.env.DATABASE_URL) return external(process.env.DATABASE_URL);
  const other = readPid(LAUNCHER_PID);
  if (other && other !== process.pid && isAlive(other)) {
    throw new Error(
      `Rally is already running from this folder (process ${other}). Stop it first (Ctrl-C in its terminal, or "kill ${other}").`,
    );
  }
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(LAUNCHER_PID, String(process.pid));
  // Ctrl-C signals the whole process group: PostgreSQL and Next.js shut down on their own and
  // the loader may end this process before the async shutdown finishes; never leave the pid.
  process.once("exit", () => rmSync(LAUNCHER_PID, { force: true }));
  try {
    const db = await startEmbeddedDatabase({
      dataDir: DATA_DIR,
      port: DB_PORT,
      whenRunning: "replace",
      log,
    });
    return {
      ...db,
      stop: async () => {
        await db.stop();
        rmSync(LAUNCHER_PID, { force: true });
      },
    };
  } catch (error) {
    rmSync(LAUNCHER_PID, { force: true });
    throw error;
  }
}

/** For one-off commands (the admin command line, the seed): reuse a running server or start one. */
export async function openSharedDatabase(log: (line: string) => void): Promise<EmbeddedDatabase> {
  if (process.env.DATABASE_URL) return external(process.env.DATABASE_URL);
  if (!existsSync(path.join(DATA_DIR, "PG_VERSION")) && !existsSync(path.dirname(DATA_DIR))) {
    mkdirSync(path.dirname(DATA_DIR), { recursive: true });
  }
  return startEmbeddedDatabase({ dataDir: DATA_DIR, port: DB_PORT, whenRunning: "reuse", log });
}

function external(url: string): EmbeddedDatabase {
  return { url, port: Number(new URL(url).port || 5432), owned: false, stop: async () => {} };
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}
