import { env } from "~/env";
import { migrateDatabase } from "./migrate";

/**
 * For a process launcher: applies pending migrations (under the migration lock, so several
 * processes starting together migrate once) only when MIGRATE_ON_START is on. Returns whether
 * it migrated.
 */
export async function migrateOnStartIfAsked(
  url: string,
  log: (line: string) => void,
): Promise<boolean> {
  if (!env().MIGRATE_ON_START) return false;
  const { applied } = await migrateDatabase(url, { log });
  log(
    applied.length
      ? `Database migrated (${applied.length} migration(s) applied).`
      : "Database schema is up to date.",
  );
  return true;
}
