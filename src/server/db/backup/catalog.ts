/** What a backup holds, read from PostgreSQL's catalog rather than a list kept by hand. */
import type { Sql, TransactionSql } from "postgres";
import { MIGRATIONS_SCHEMA } from "../migration-status";
import type { BackupHeader, BackupTable } from "./format";

type Query = Sql | TransactionSql;

/**
 * Rally's schemas: its tables (public) and drizzle's record of the migrations. pg-boss's schema
 * holds transient jobs and is left out: the worker recreates its queues and schedules at start.
 */
export const BACKED_UP_SCHEMAS = ["public", MIGRATIONS_SCHEMA] as const;

/** Every table of those schemas with its stored columns, in a stable order. */
export async function listTables(sql: Query): Promise<Omit<BackupTable, "rows">[]> {
  const rows = await sql<{ schema: string; name: string; columns: string[] }[]>`
    select n.nspname as schema, c.relname as name,
           array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0
      and not a.attisdropped and a.attgenerated = ''
    where c.relkind = 'r' and n.nspname in ${sql([...BACKED_UP_SCHEMAS])}
    group by n.nspname, c.relname
    order by n.nspname, c.relname`;
  return rows.map((row) => ({ schema: row.schema, name: row.name, columns: row.columns }));
}

/** The sequences of those schemas (serial and identity columns) with their last values. */
export async function listSequences(sql: Query): Promise<BackupHeader["sequences"]> {
  const rows = await sql<{ schema: string; name: string; lastValue: string | null }[]>`
    select schemaname as schema, sequencename as name, last_value::text as "lastValue"
    from pg_sequences where schemaname in ${sql([...BACKED_UP_SCHEMAS])}
    order by schemaname, sequencename`;
  return rows.map((row) => ({ ...row }));
}

/** How many tables of Rally's a database holds: a restore refuses to mix into them. */
export async function countRallyTables(sql: Query): Promise<number> {
  const [row] = await sql<{ count: number }[]>`
    select count(*)::int as count from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname in ${sql([...BACKED_UP_SCHEMAS])}`;
  return row?.count ?? 0;
}

export async function serverVersion(sql: Query): Promise<{ text: string; major: number }> {
  const [row] = await sql<{ text: string; num: string }[]>`
    select current_setting('server_version') as text, current_setting('server_version_num') as num`;
  return { text: row!.text, major: Math.floor(Number(row!.num) / 10_000) };
}

export async function countRows(sql: Query, table: { schema: string; name: string }) {
  const [row] = await sql<{ count: string }[]>`
    select count(*)::text as count from ${sql(table.schema)}.${sql(table.name)}`;
  return Number(row?.count ?? 0);
}
