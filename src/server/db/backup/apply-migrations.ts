/**
 * Drizzle's migrator, inside the caller's transaction and up to a chosen migration: a restore
 * builds the schema the backed-up rows fit, and a failure later on takes the schema back too.
 * Does what drizzle-orm's pg dialect `migrate` does, except that the record of applied
 * migrations is left to the caller (a restore copies the backup's own record).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TransactionSql } from "postgres";
import {
  MIGRATIONS_FOLDER,
  MIGRATIONS_SCHEMA,
  MIGRATIONS_TABLE,
  readJournal,
} from "../migration-status";
import { qualified, quoteIdent } from "./format";

export async function applyMigrationsUpTo(
  tx: TransactionSql,
  lastCreatedAt: number,
  folder = MIGRATIONS_FOLDER,
): Promise<string[]> {
  await tx.unsafe(`create schema if not exists ${quoteIdent(MIGRATIONS_SCHEMA)}`);
  // The same table drizzle's migrator creates, so `rally migrate` carries on from it.
  await tx.unsafe(
    `create table if not exists ${qualified(MIGRATIONS_SCHEMA, MIGRATIONS_TABLE)} (
       id serial primary key, hash text not null, created_at bigint)`,
  );
  const applied: string[] = [];
  for (const entry of readJournal(folder)) {
    if (entry.when > lastCreatedAt) break;
    const text = readFileSync(path.join(folder, `${entry.tag}.sql`), "utf8");
    for (const statement of text.split("--> statement-breakpoint")) {
      if (statement.trim()) await tx.unsafe(statement);
    }
    applied.push(entry.tag);
  }
  return applied;
}
