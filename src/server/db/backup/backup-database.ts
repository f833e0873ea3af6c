/**
 * `rally backup`: pg_dump's custom format when a pg_dump that can read the server is at hand,
 * otherwise Rally's own format (see format.ts and docs/decisions.md).
 */
import { rename, rm } from "node:fs/promises";
import postgres from "postgres";
import { serverVersion } from "./catalog";
import { BackupError } from "./errors";
import type { BackupFormat, BackupHeader } from "./format";
import { connectionFor, findPgTool, runPgTool } from "./pg-tools";
import { writeRallyBackup } from "./write-backup";

export type BackupOptions = {
  /** "auto" (the default): pg_dump when a suitable one is found, else Rally's format. */
  format?: BackupFormat | "auto";
  /** Where pg_dump is (PG_BIN_DIR); unset, PATH. */
  binDir?: string;
};

export type BackupResult =
  | { format: "rally"; header: BackupHeader }
  | { format: "pg_dump"; tool: string; serverVersion: string };

export async function backupDatabase(
  url: string,
  file: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const format = options.format ?? "auto";
  if (format === "rally") return { format: "rally", header: await writeRallyBackup(url, file) };

  const server = await withSql(url, serverVersion);
  const pgDump = await findPgTool("pg_dump", server.major, options.binDir);
  if (!pgDump) {
    if (format === "pg_dump") {
      throw new BackupError(
        `No pg_dump of version ${server.major} or later was found (${options.binDir ? `in ${options.binDir}` : "on PATH; set PG_BIN_DIR"}).`,
      );
    }
    return { format: "rally", header: await writeRallyBackup(url, file) };
  }
  const { dbname, env } = connectionFor(url);
  const partial = `${file}.partial`;
  try {
    // pg-boss's schema holds transient jobs only; the worker recreates it.
    await runPgTool(
      pgDump,
      ["--format=custom", "--exclude-schema=pgboss", `--file=${partial}`, `--dbname=${dbname}`],
      env,
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { format: "pg_dump", tool: pgDump.path, serverVersion: server.text };
}

export async function withSql<T>(url: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}
