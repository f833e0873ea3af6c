/**
 * Which of the migrations this Rally ships a database has, without applying any: compares
 * drizzle's journal (drizzle/meta/_journal.json) with the migrations table drizzle's migrator
 * fills. Cheap (one small query), so commands, `rally doctor` and the System page can ask it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Sql, TransactionSql } from "postgres";
import { z } from "zod";
import { projectRoot } from "../project-root";

export const MIGRATIONS_FOLDER = path.join(projectRoot(), "drizzle");

/** Where drizzle's migrator records what it applied (its defaults, which Rally keeps). */
export const MIGRATIONS_SCHEMA = "drizzle";
export const MIGRATIONS_TABLE = "__drizzle_migrations";

const journalSchema = z.object({
  entries: z.array(z.object({ idx: z.number(), when: z.number(), tag: z.string() })),
});

export type JournalEntry = z.infer<typeof journalSchema>["entries"][number];

/** The migrations this code ships, oldest first. */
export function readJournal(folder = MIGRATIONS_FOLDER): JournalEntry[] {
  const file = path.join(folder, "meta", "_journal.json");
  const journal = journalSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  return [...journal.entries].sort((a, b) => a.when - b.when);
}

export type MigrationStatus = {
  /** Migrations of this code the database has. */
  applied: number;
  /** Migrations this code ships. */
  total: number;
  /** Tags of the migrations the database lacks, in the order they would be applied. */
  pending: string[];
  /** Tag of the newest migration the database has, null for a database never migrated. */
  latest: string | null;
  /**
   * Migrations recorded in the database that this code does not know: it was migrated by a
   * newer Rally, and this one should not run against it.
   */
  unknown: number;
};

/**
 * Drizzle's migrator applies every journal entry newer than the newest recorded one (by the
 * journal's `when`, stored as created_at), so "pending" is decided the same way here.
 */
export async function migrationStatus(
  sql: Sql | TransactionSql,
  folder = MIGRATIONS_FOLDER,
): Promise<MigrationStatus> {
  const journal = readJournal(folder);
  const recorded = await recordedMigrations(sql);
  const newest = recorded.length ? Math.max(...recorded) : null;
  const pending = journal.filter((entry) => newest === null || entry.when > newest);
  const known = new Set(journal.map((entry) => entry.when));
  const latest = newest === null ? null : (journal.find((entry) => entry.when === newest) ?? null);
  return {
    applied: journal.length - pending.length,
    total: journal.length,
    pending: pending.map((entry) => entry.tag),
    latest: latest?.tag ?? (newest === null ? null : `unknown (${newest})`),
    unknown: recorded.filter((when) => !known.has(when)).length,
  };
}

/** The created_at of every recorded migration; none when the table does not exist yet. */
async function recordedMigrations(sql: Sql | TransactionSql): Promise<number[]> {
  const [exists] = await sql<{ table: string | null }[]>`
    select to_regclass(${`${MIGRATIONS_SCHEMA}.${MIGRATIONS_TABLE}`})::text as table`;
  if (!exists?.table) return [];
  const rows = await sql<{ createdAt: string | null }[]>`
    select created_at::text as "createdAt" from ${sql(MIGRATIONS_SCHEMA)}.${sql(MIGRATIONS_TABLE)}`;
  return rows.flatMap((row) => (row.createdAt === null ? [] : [Number(row.createdAt)]));
}
