import { migrate } from "drizzle-orm/postgres-js/migrator";
import { createDb } from "./client";
import { MIGRATIONS_FOLDER, migrationStatus } from "./migration-status";

export { MIGRATIONS_FOLDER };

/**
 * The session-level advisory lock every migrating process takes first: two processes starting
 * at once would otherwise both run drizzle's migrator, and the second fails halfway on objects
 * the first just created. With the lock the second waits, then finds nothing to do. A fixed
 * number, the same in every Rally version; PostgreSQL frees it when the session ends, so a
 * killed migration never leaves it held.
 */
export const MIGRATION_LOCK_KEY = "7206461342617001";

export type MigrateOptions = {
  /** Progress for a person watching (waiting for the lock, what was applied). */
  log?: (line: string) => void;
  folder?: string;
};

/** Applies every pending migration in drizzle/ and returns their tags; safe to run at each start. */
export async function migrateDatabase(
  url: string,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {});
  const folder = options.folder ?? MIGRATIONS_FOLDER;
  // One connection: the lock belongs to the session, and the migration must run in that same
  // session so that nothing else can migrate between the lock and the unlock.
  const { db, sql } = createDb(url, { max: 1 });
  try {
    const [free] = await sql<{ locked: boolean }[]>`
      select pg_try_advisory_lock(${MIGRATION_LOCK_KEY}::bigint) as locked`;
    if (!free?.locked) {
      log("Another process is migrating this database; waiting for it to finish…");
      await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY}::bigint)`;
    }
    try {
      const { pending } = await migrationStatus(sql, folder);
      if (pending.length === 0) return { applied: [] };
      log(`Applying ${pending.length} migration(s): ${pending.join(", ")}`);
      await migrate(db, { migrationsFolder: folder });
      return { applied: pending };
    } finally {
      // A broken connection has freed the lock already; its error must not hide the real one.
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY}::bigint)`.catch(() => {});
    }
  } finally {
    await sql.end();
  }
}
