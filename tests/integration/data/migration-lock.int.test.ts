/** Two processes migrating one database at once: the second waits for the first. */
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATION_LOCK_KEY, migrateDatabase } from "~/server/db/migrate";
import { readJournal } from "~/server/db/migration-status";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase | undefined;
afterEach(async () => {
  await fresh?.drop();
  fresh = undefined;
});

async function recorded(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await sql<{ createdAt: string; count: number }[]>`
      select created_at::text as "createdAt", count(*)::int as count
      from drizzle.__drizzle_migrations group by created_at order by created_at`;
  } finally {
    await sql.end();
  }
}

describe("migrateDatabase under its advisory lock", () => {
  it("lets two starters migrate a new database at once: both succeed, each migration is applied once", async () => {
    fresh = await freshDatabase();
    const journal = readJournal();
    const results = await Promise.all([migrateDatabase(fresh.url), migrateDatabase(fresh.url)]);

    // One of them applied everything, the other found nothing left to do.
    const applied = results.map((result) => result.applied.length).sort((a, b) => a - b);
    expect(applied).toEqual([0, journal.length]);
    expect(await recorded(fresh.url)).toEqual(
      journal.map((entry) => ({ createdAt: String(entry.when), count: 1 })),
    );
  });

  it("waits while another session holds the lock, and says so", async () => {
    fresh = await freshDatabase();
    const holder = postgres(fresh.url, { max: 1, onnotice: () => {} });
    try {
      await holder`select pg_advisory_lock(${MIGRATION_LOCK_KEY}::bigint)`;
      const lines: string[] = [];
      let finished = false;
      const migrating = migrateDatabase(fresh.url, { log: (line) => lines.push(line) }).then(
        (result) => {
          finished = true;
          return result;
        },
      );
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(finished).toBe(false);
      const [table] = await holder<{ name: string | null }[]>`
        select to_regclass('drizzle.__drizzle_migrations')::text as name`;
      expect(table?.name).toBeNull();
      expect(lines).toEqual([
        "Another process is migrating this database; waiting for it to finish…",
      ]);

      await holder`select pg_advisory_unlock(${MIGRATION_LOCK_KEY}::bigint)`;
      expect((await migrating).applied).toHaveLength(readJournal().length);
    } finally {
      await holder.end();
    }
  });
});
