/**
 * `rally restore`: reads the file's first bytes to tell Rally's format from pg_dump's, and
 * restores either into a database that holds no Rally tables (or, with `force`, replaces them).
 */
import { open } from "node:fs/promises";
import { migrationStatus } from "../migration-status";
import { withSql } from "./backup-database";
import { countRallyTables, serverVersion } from "./catalog";
import { BackupError } from "./errors";
import { detectFormat, quoteIdent } from "./format";
import { connectionFor, findPgTool, runPgTool } from "./pg-tools";
import { restoreRallyBackup, type RestoreResult } from "./restore-backup";

export type RestoreDatabaseOptions = { force?: boolean; binDir?: string };

export type RestoreDatabaseResult =
  ({ format: "rally" } & RestoreResult) | { format: "pg_dump"; pending: string[] };

export async function restoreDatabase(
  url: string,
  file: string,
  options: RestoreDatabaseOptions = {},
): Promise<RestoreDatabaseResult> {
  const format = detectFormat(await firstBytes(file));
  if (format === null) {
    throw new BackupError(
      `${file} is neither a Rally backup nor a pg_dump custom-format file (pg_dump -Fc).`,
    );
  }
  if (format === "rally") {
    return { format, ...(await restoreRallyBackup(url, file, { force: options.force })) };
  }
  return restorePgDump(url, file, options);
}

async function restorePgDump(url: string, file: string, options: RestoreDatabaseOptions) {
  const server = await withSql(url, serverVersion);
  const pgRestore = await findPgTool("pg_restore", server.major, options.binDir);
  if (!pgRestore) {
    throw new BackupError(
      `This is a pg_dump backup, and no pg_restore of version ${server.major} or later was found (${options.binDir ? `in ${options.binDir}` : "on PATH; set PG_BIN_DIR"}).`,
    );
  }
  await withSql(url, async (sql) => {
    const existing = await countRallyTables(sql);
    if (existing > 0 && !options.force) {
      throw new BackupError(
        `The database already holds ${existing} of Rally's tables. Restore into a new, empty database, ` +
          "or pass --force to replace everything Rally keeps in this one.",
      );
    }
    if (existing > 0) {
      await sql.begin(async (tx) => {
        for (const schema of ["public", "drizzle", "pgboss"]) {
          await tx.unsafe(`drop schema if exists ${quoteIdent(schema)} cascade`);
        }
        await tx.unsafe("create schema public");
      });
    }
  });
  const { dbname, env } = connectionFor(url);
  await runPgTool(
    pgRestore,
    ["--single-transaction", "--exit-on-error", "--no-owner", `--dbname=${dbname}`, file],
    env,
  );
  const status = await withSql(url, (sql) => migrationStatus(sql));
  return { format: "pg_dump" as const, pending: status.pending };
}

async function firstBytes(file: string): Promise<Buffer> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new BackupError(`${file} cannot be read (${error.code ?? error.message}).`);
  });
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
