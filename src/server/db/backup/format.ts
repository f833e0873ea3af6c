/**
 * Rally's own backup format, used when no pg_dump as new as the server is at hand: one gzip
 * file holding a JSON header line, then each table's rows in COPY text format, each table
 * ended by a line holding only `\.` (a line COPY never writes for a row: a backslash in a
 * value is always doubled).
 */
import { z } from "zod";

export const FORMAT_NAME = "rally-backup";
export const FORMAT_VERSION = 1;
/** Ends the rows of one table. */
export const END_OF_TABLE = "\\.";

const tableSchema = z.object({
  schema: z.string().min(1),
  name: z.string().min(1),
  /** In the order the rows hold them; generated columns are left out (they are recomputed). */
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().min(0),
});

export const headerSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(FORMAT_VERSION),
  rallyVersion: z.string(),
  /** PostgreSQL's server_version of the database backed up. */
  serverVersion: z.string(),
  /** The newest migration the database had: the schema the rows fit. */
  migration: z.object({ tag: z.string().nullable(), createdAt: z.number().nullable() }),
  createdAt: z.iso.datetime(),
  tables: z.array(tableSchema),
  /** Each sequence's last value, restored as it was (a sequence may run ahead of its column). */
  sequences: z.array(
    z.object({
      schema: z.string().min(1),
      name: z.string().min(1),
      lastValue: z
        .string()
        .regex(/^-?\d+$/)
        .nullable(),
    }),
  ),
});

export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupTable = BackupHeader["tables"][number];

export type BackupFormat = "rally" | "pg_dump";

/** What a backup file is, from its first bytes: gzip (Rally's) or pg_dump's custom format. */
export function detectFormat(start: Buffer): BackupFormat | null {
  if (start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b) return "rally";
  if (start.subarray(0, 5).toString("latin1") === "PGDMP") return "pg_dump";
  return null;
}

/** A quoted, schema-qualified name for SQL text. */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
