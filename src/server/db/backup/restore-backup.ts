/**
 * Restores Rally's own backup (see format.ts) into a database: schema and rows in one
 * transaction, so a damaged file or a refused restore leaves the database as it was.
 */
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import postgres, { type TransactionSql } from "postgres";
import { MIGRATION_LOCK_KEY } from "../migrate";
import { readJournal } from "../migration-status";
import { applyMigrationsUpTo } from "./apply-migrations";
import { countRallyTables, listTables } from "./catalog";
import { copyIn } from "./copy-in";
import { BackupError } from "./errors";
import { END_OF_TABLE, headerSchema, qualified, quoteIdent, type BackupHeader } from "./format";
import { LineReader } from "./line-reader";

export type RestoreOptions = {
  /** Replace whatever Rally tables the database holds (its public, drizzle and pgboss schemas). */
  force?: boolean;
};

export type RestoreResult = {
  header: BackupHeader;
  rows: number;
  /** Migrations of this Rally newer than the backup: `rally migrate` applies them. */
  pending: string[];
};

/** Rows are handed to COPY in batches of about this many characters. */
const BATCH_CHARS = 256 * 1024;

export async function restoreRallyBackup(
  url: string,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = new LineReader(input);
  try {
    const header = parseHeader(await damagedIfThrows(lines.next()));
    const journal = readJournal();
    const createdAt = header.migration.createdAt;
    if (createdAt !== null && !journal.some((entry) => entry.when === createdAt)) {
      throw new BackupError(
        `This backup was made by a newer Rally (${header.rallyVersion}, migration ${header.migration.tag}), or it is damaged: restore it with that version or a later one.`,
      );
    }
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql.begin(async (tx) => {
        await prepareTarget(tx, options.force === true);
        await applyMigrationsUpTo(tx, createdAt ?? -1);
        await assertSameTables(tx, header);
        let rows = 0;
        for (const table of header.tables) rows += await copyTable(tx, table, lines);
        if ((await damagedIfThrows(lines.next())) !== null) {
          throw new BackupError("The backup file holds more than its header lists: it is damaged.");
        }
        for (const sequence of header.sequences) {
          if (sequence.lastValue === null) continue;
          await tx.unsafe("select setval($1::regclass, $2::bigint, true)", [
            qualified(sequence.schema, sequence.name),
            sequence.lastValue,
          ]);
        }
        return rows;
      });
      const pending = journal
        .filter((entry) => entry.when > (createdAt ?? -1))
        .map((entry) => entry.tag);
      return { header, rows, pending };
    } finally {
      await sql.end();
    }
  } finally {
    input.destroy();
  }
}

function parseHeader(line: string | null): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(line ?? "");
  } catch {
    throw new BackupError(
      "The file is not a Rally backup, or it is damaged: its first line is not a readable header.",
    );
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) {
    throw new BackupError(
      "The file is not a Rally backup this version can read, or it is damaged: its header does not match the format.",
    );
  }
  return header.data;
}

async function prepareTarget(tx: TransactionSql, force: boolean) {
  // Nothing may migrate the database while it is being rebuilt.
  await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY}::bigint)`;
  // Rows go in table by table, in any order: foreign keys and the ledger's triggers are not
  // checked meanwhile (the rows were consistent when backed up, in one snapshot).
  await tx`set local session_replication_role = replica`.catch((error: unknown) => {
    throw new BackupError(
      "Restoring needs a database role that may set session_replication_role: a superuser, or " +
        'on PostgreSQL 15 and later one granted it ("grant set on parameter session_replication_role to <role>"). ' +
        `PostgreSQL said: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  const existing = await countRallyTables(tx);
  if (existing > 0 && !force) {
    throw new BackupError(
      `The database already holds ${existing} of Rally's tables. Restore into a new, empty database, ` +
        "or pass --force to replace everything Rally keeps in this one.",
    );
  }
  if (force) {
    // pg-boss's jobs point at rows that are about to be replaced; the worker recreates its schema.
    for (const schema of ["public", "drizzle", "pgboss"]) {
      await tx.unsafe(`drop schema if exists ${quoteIdent(schema)} cascade`);
    }
    await tx.unsafe("create schema public");
  }
}

/** The migrations built the tables the backup's rows were taken from, column for column. */
async function assertSameTables(tx: TransactionSql, header: BackupHeader) {
  const actual = new Map(
    (await listTables(tx)).map((table) => [`${table.schema}.${table.name}`, table.columns]),
  );
  for (const table of header.tables) {
    const columns = actual.get(`${table.schema}.${table.name}`);
    if (!columns || columns.join(",") !== table.columns.join(",")) {
      throw new BackupError(
        `The table ${table.schema}.${table.name} of the backup does not match the schema its migrations build: the backup is damaged, was edited or was not made by Rally.`,
      );
    }
  }
}

async function copyTable(
  tx: TransactionSql,
  table: BackupHeader["tables"][number],
  lines: LineReader,
): Promise<number> {
  const columns = table.columns.map(quoteIdent).join(", ");
  const target = qualified(table.schema, table.name);
  let count = 0;
  async function* batches() {
    let batch = "";
    for (;;) {
      const line = await damagedIfThrows(lines.next());
      if (line === null) {
        throw new BackupError(
          `The backup file ends inside the table ${target}: it is incomplete or damaged.`,
        );
      }
      if (line === END_OF_TABLE) break;
      batch += `${line}\n`;
      count += 1;
      if (batch.length >= BATCH_CHARS) {
        yield batch;
        batch = "";
      }
    }
    if (batch) yield batch;
  }
  await copyIn(tx, `copy ${target} (${columns}) from stdin`, Readable.from(batches())).catch(
    (error: unknown) => {
      if (error instanceof BackupError) throw error;
      throw new BackupError(
        `PostgreSQL refused the rows of ${target} (${error instanceof Error ? error.message : String(error)}): the backup is damaged or was edited.`,
      );
    },
  );
  if (count !== table.rows) {
    throw new BackupError(
      `The backup file holds ${count} rows for ${target} where its header says ${table.rows}: it is damaged.`,
    );
  }
  return count;
}

/** A file cut short or corrupted fails inside gunzip: say what that means. */
async function damagedIfThrows<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EACCES" || code === "EISDIR") {
      throw new BackupError(`The backup file cannot be read (${code}).`);
    }
    throw new BackupError(
      `The backup file is damaged or incomplete (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}
