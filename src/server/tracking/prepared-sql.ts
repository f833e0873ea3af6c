import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import type { Executor } from "~/server/db/client";

const dialect = new PgDialect({ casing: "snake_case" });

/**
 * Runs a drizzle `sql` statement as a named prepared statement on the executor's connection
 * (the pool, or the open transaction's). drizzle's execute() sends an unnamed statement, and
 * postgres.js describes every unnamed statement that has parameters before binding it: two
 * round trips. Prepared, the description is cached per connection: one round trip. For hot
 * statements with a fixed text only (each text is kept per connection). The statement is sent
 * at the call, so statements called one after the other on a transaction run in that order.
 */
export async function executePrepared<Row>(db: Executor | Sql, query: SQL): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  // Queued now rather than when awaited: statements go out in call order, so a caller may send
  // the next statement of a transaction before this one answers (pipelining).
  const rows = await clientOf(db)
    .unsafe(text, params as never[], { prepare: true })
    .execute();
  return rows as unknown as Row[];
}

/**
 * The postgres.js client behind a drizzle postgres-js executor. drizzle keeps it on its
 * (internal) session; the integration tests cover this path, so a drizzle upgrade that moves
 * it fails there rather than in production.
 */
function clientOf(db: Executor | Sql): Sql {
  // A bare postgres.js client (the ingest server's) is a function; a drizzle executor is not.
  if (typeof db === "function") return db;
  const client = (db as unknown as { session?: { client?: Sql } }).session?.client;
  if (!client) throw new Error("executePrepared: not a drizzle postgres-js executor");
  return client;
}
