import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "~/env";
import * as schema from "./schema";

export type Db = ReturnType<typeof createDb>["db"];
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Anything that can run a query: the pool or an open transaction. */
export type Executor = Db | Tx;

export type DbOptions = {
  max?: number;
  /**
   * Bounds for a process that must not hang on a sick database (the ingest server): a
   * statement or an idle open transaction is ended by the server after this many ms, and
   * opening a connection gives up after `connectTimeoutS`. Unset, PostgreSQL's defaults apply.
   */
  statementTimeoutMs?: number;
  connectTimeoutS?: number;
};

export function createDb(url: string, options: DbOptions = {}) {
  const bounded =
    options.statementTimeoutMs === undefined
      ? {}
      : {
          statement_timeout: options.statementTimeoutMs,
          idle_in_transaction_session_timeout: options.statementTimeoutMs,
        };
  const sql = postgres(url, {
    max: options.max ?? 10,
    ...(options.connectTimeoutS === undefined ? {} : { connect_timeout: options.connectTimeoutS }),
    // JIT adds ~170 ms to short analytic queries and never pays off for this app.
    connection: { jit: "off", application_name: "rally", ...bounded },
    onnotice: () => {},
  });
  const db = drizzle(sql, { schema, casing: "snake_case" });
  return { db, sql };
}

const globalForDb = globalThis as unknown as { rallyDb?: ReturnType<typeof createDb> };

/** The process-wide pool, created on first use from DATABASE_URL. */
export function getDb(): Db {
  if (!globalForDb.rallyDb) {
    const url = env().DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set: start Rally with `npm run demo` or set it.");
    globalForDb.rallyDb = createDb(url);
  }
  return globalForDb.rallyDb.db;
}
