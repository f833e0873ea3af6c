import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "~/env";
import * as schema from "./schema";

export type Db = ReturnType<typeof createDb>["db"];
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Anything that can run a query: the pool or an open transaction. */
export type Executor = Db | Tx;

export function createDb(url: string, options: { max?: number } = {}) {
  const sql = postgres(url, {
    max: options.max ?? 10,
    // JIT adds ~170 ms to short analytic queries and never pays off for this app.
    connection: { jit: "off", application_name: "rally" },
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
