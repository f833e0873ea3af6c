/** Writes Rally's own backup (see format.ts) of a database, from one consistent snapshot. */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import postgres from "postgres";
import { migrationStatus, readJournal } from "../migration-status";
import { countRows, listSequences, listTables, serverVersion } from "./catalog";
import { copyOut } from "./copy-out";
import {
  END_OF_TABLE,
  FORMAT_NAME,
  FORMAT_VERSION,
  qualified,
  quoteIdent,
  type BackupHeader,
} from "./format";
import { RALLY_VERSION } from "../../version";

export async function writeRallyBackup(url: string, file: string): Promise<BackupHeader> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  // A half-written file must never look like a backup: write aside, rename when complete.
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const output = createWriteStream(partial, { mode: 0o600 });
  // A failing disk rejects `written` (and so any write waiting for room) instead of stalling.
  const written = pipeline(gzip, output);
  written.catch(() => {});
  const write = async (data: string | Buffer) => {
    if (!gzip.write(data)) await Promise.race([once(gzip, "drain"), written]);
  };
  try {
    // One snapshot for every table, so the rows agree with each other (a ledger entry and its
    // conversion, a running total and what it sums) however busy the database is.
    const header = await sql.begin("isolation level repeatable read read only", async (tx) => {
      const tables = await listTables(tx);
      const header: BackupHeader = {
        format: FORMAT_NAME,
        formatVersion: FORMAT_VERSION,
        rallyVersion: RALLY_VERSION,
        serverVersion: (await serverVersion(tx)).text,
        migration: await latestMigration(tx),
        createdAt: new Date().toISOString(),
        tables: [],
        sequences: await listSequences(tx),
      };
      for (const table of tables)
        header.tables.push({ ...table, rows: await countRows(tx, table) });
      await write(`${JSON.stringify(header)}\n`);
      for (const table of header.tables) {
        const columns = table.columns.map(quoteIdent).join(", ");
        await copyOut(
          tx,
          `copy ${qualified(table.schema, table.name)} (${columns}) to stdout`,
          write,
        );
        await write(`${END_OF_TABLE}\n`);
      }
      return header;
    });
    gzip.end();
    await written;
    await rename(partial, file);
    return header;
  } catch (error) {
    gzip.destroy();
    output.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await sql.end();
  }
}

async function latestMigration(sql: Parameters<typeof migrationStatus>[0]) {
  const status = await migrationStatus(sql);
  const entry = readJournal().find((candidate) => candidate.tag === status.latest);
  if (status.unknown > 0) {
    throw new Error(
      "This database was migrated by a newer Rally than this one: back it up with that version.",
    );
  }
  return { tag: entry?.tag ?? null, createdAt: entry?.when ?? null };
}
