import { migrate } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";
import { createDb } from "./client";

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, "../../../drizzle");

/** Applies every pending migration in drizzle/; safe to run at each start. */
export async function migrateDatabase(url: string): Promise<void> {
  const { db, sql } = createDb(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await sql.end();
  }
}
