/**
 * A PostgreSQL server of the distribution's own version (Debian's postgresql-NN), started for
 * a test: the one server here whose pg_dump and pg_restore are not older than it, so the
 * pg_dump path of `rally backup` can run for real. Null where no such server is installed.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { majorOf } from "~/server/db/backup/pg-tools";
import { freePort } from "../../support/free-port";

const run = promisify(execFile);

export type DistroPostgres = {
  major: number;
  urlFor: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
};

/** The bin folder of an installed server matching the pg_dump on PATH, if any. */
export async function distroBinDir(): Promise<{ binDir: string; major: number } | null> {
  const major = await run("pg_dump", ["--version"]).then(
    (result) => majorOf(result.stdout),
    () => null,
  );
  if (major === null) return null;
  const binDir = `/usr/lib/postgresql/${major}/bin`;
  return existsSync(path.join(binDir, "postgres")) ? { binDir, major } : null;
}

export async function startDistroPostgres(found: {
  binDir: string;
  major: number;
}): Promise<DistroPostgres> {
  const folder = await mkdtemp(path.join(tmpdir(), "rally-pg-distro-"));
  await chmod(folder, 0o755);
  // PostgreSQL refuses to run as root: then it runs as the "postgres" user.
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(folder, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (tool: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", path.join(found.binDir, tool), ...args])
      : run(path.join(found.binDir, tool), args);
  const dataDir = path.join(folder, "data");
  const port = await freePort();
  await as("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust"]);
  await as("pg_ctl", [
    "-D",
    dataDir,
    "-o",
    `-p ${port} -k ${folder} -c listen_addresses=localhost`,
    "-l",
    path.join(folder, "log"),
    "-w",
    "start",
  ]);
  const urlFor = (database: string) => `postgres://postgres@localhost:${port}/${database}`;
  return {
    major: found.major,
    urlFor,
    async createDatabase(name) {
      const admin = postgres(urlFor("postgres"), { max: 1, onnotice: () => {} });
      try {
        await admin`create database ${admin(name)}`;
      } finally {
        await admin.end();
      }
      return urlFor(name);
    },
    async stop() {
      await as("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]).catch(() => {});
      await rm(folder, { recursive: true, force: true });
    },
  };
}
