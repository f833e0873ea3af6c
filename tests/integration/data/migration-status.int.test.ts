/** migrationStatus: what a database lacks, read without migrating it. */
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase } from "~/server/db/migrate";
import { migrationStatus, readJournal } from "~/server/db/migration-status";
import { testDb } from "../../support/db";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase | undefined;
afterEach(async () => {
  await fresh?.drop();
  fresh = undefined;
});

describe("migrationStatus", () => {
  it("finds nothing pending on the migrated test database", async () => {
    const journal = readJournal();
    const status = await migrationStatus(testDb.sql);
    expect(status).toEqual({
      applied: journal.length,
      total: journal.length,
      pending: [],
      latest: journal.at(-1)!.tag,
      unknown: 0,
    });
  });

  it("lists every migration as pending on a new database, and none once it is migrated", async () => {
    fresh = await freshDatabase();
    const sql = postgres(fresh.url, { max: 1, onnotice: () => {} });
    try {
      const journal = readJournal();
      const before = await migrationStatus(sql);
      expect(before).toMatchObject({ applied: 0, latest: null, unknown: 0 });
      expect(before.pending).toEqual(journal.map((entry) => entry.tag));

      await migrateDatabase(fresh.url);
      expect(await migrationStatus(sql)).toMatchObject({
        applied: journal.length,
        pending: [],
        latest: journal.at(-1)!.tag,
      });

      // A migration recorded by a newer Rally is counted, not mistaken for one of these.
      await sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('x', ${String(journal.at(-1)!.when + 1)})`;
      expect(await migrationStatus(sql)).toMatchObject({ pending: [], unknown: 1 });
    } finally {
      await sql.end();
    }
  });
});
