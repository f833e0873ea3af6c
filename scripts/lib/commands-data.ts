/**
 * The database's own upkeep: migrating, backing up, restoring. These get the database's
 * address rather than an open pool, and run before (and instead of) the migration check the
 * other commands make: `migrate` is the fix for a database that is behind, and a restore needs
 * the database as it finds it.
 */
import path from "node:path";
import { z } from "zod";
import { env } from "~/env";
import { backupDatabase } from "~/server/db/backup/backup-database";
import { restoreDatabase } from "~/server/db/backup/restore-database";
import { migrateDatabase } from "~/server/db/migrate";
import { readJournal } from "~/server/db/migration-status";
import { CommandError } from "./commands";

type Options = Record<string, string | boolean | undefined>;
type Result = { text: string; data: unknown };

export type DataCommand = {
  summary: string;
  run: (databaseUrl: string, options: Options) => Promise<Result>;
};

/** Options of these commands that take a value (flags such as --force need no declaring). */
export const DATA_OPTION_NAMES = ["file", "format"] as const;

function file(options: Options): string {
  const value = options.file;
  if (typeof value !== "string" || value.trim() === "") {
    throw new CommandError("--file is required: the path of the backup file.");
  }
  return path.resolve(value);
}

const formatOption = z.enum(["auto", "rally", "pg_dump"], {
  error: "--format: use auto, rally or pg_dump",
});

export const dataCommands: Record<string, DataCommand> = {
  migrate: {
    summary:
      "migrate   apply pending database migrations (one process at a time; others wait for it)",
    async run(databaseUrl) {
      const { applied } = await migrateDatabase(databaseUrl, {
        log: (line) => console.error(line),
      });
      const total = readJournal().length;
      return {
        text: applied.length
          ? `Applied ${applied.length} migration(s): ${applied.join(", ")}. The database is up to date.`
          : `The database is up to date (${total} migrations).`,
        data: { applied, total },
      };
    },
  },

  backup: {
    summary:
      "backup --file <path> [--format auto|rally|pg_dump]   back up Rally's data (pg_dump when one as new as the server is found)",
    async run(databaseUrl, options) {
      const target = file(options);
      const format = formatOption.parse(options.format ?? "auto");
      const result = await backupDatabase(databaseUrl, target, {
        format,
        binDir: env().PG_BIN_DIR,
      });
      if (result.format === "pg_dump") {
        return {
          text: `Backed up to ${target} with ${result.tool} (pg_dump custom format).`,
          data: { file: target, format: result.format, tool: result.tool },
        };
      }
      const { header } = result;
      const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
      return {
        text:
          `Backed up ${rows} rows of ${header.tables.length} tables to ${target} (Rally's backup format` +
          `${format === "auto" ? ": no pg_dump as new as the server was found" : ""}).`,
        data: {
          file: target,
          format: result.format,
          rows,
          tables: header.tables.length,
          migration: header.migration.tag,
          serverVersion: header.serverVersion,
          createdAt: header.createdAt,
        },
      };
    },
  },

  restore: {
    summary:
      "restore --file <path> [--force]   restore a backup into an empty database (--force: replace Rally's data in this one)",
    async run(databaseUrl, options) {
      const source = file(options);
      const result = await restoreDatabase(databaseUrl, source, {
        force: options.force === true,
        binDir: env().PG_BIN_DIR,
      });
      const pending = result.pending.length
        ? `\nThis Rally has ${result.pending.length} newer migration(s): run "rally migrate" to apply them.`
        : "";
      if (result.format === "pg_dump") {
        return {
          text: `Restored ${source} with pg_restore.${pending}`,
          data: { file: source, format: result.format, pending: result.pending },
        };
      }
      const { header } = result;
      return {
        text:
          `Restored ${result.rows} rows of ${header.tables.length} tables from ${source} ` +
          `(backed up ${header.createdAt} by Rally ${header.rallyVersion}).${pending}`,
        data: {
          file: source,
          format: result.format,
          rows: result.rows,
          tables: header.tables.length,
          migration: header.migration.tag,
          pending: result.pending,
        },
      };
    },
  },
};
