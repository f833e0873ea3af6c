/**
 * A backup of tables too big for the client's stream buffers: reading them pauses the
 * connection's socket, which must flow again for the next table and the commit.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase } from "~/server/db/backup/backup-database";
import { restoreDatabase } from "~/server/db/backup/restore-database";
import { migrateDatabase } from "~/server/db/migrate";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

const databases: FreshDatabase[] = [];
let folder: string | undefined;

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function counts(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ clicks: string; impressions: string }[]>`
      select (select count(*) from clicks)::text as clicks,
             (select count(*) from impressions)::text as impressions`;
    return row!;
  } finally {
    await sql.end();
  }
}

describe("a large backup", () => {
  it("backs up and restores several large tables in turn without stalling", async () => {
    const source = await freshDatabase();
    databases.push(source);
    await migrateDatabase(source.url);
    const sql = postgres(source.url, { max: 1, onnotice: () => {} });
    try {
      // Rows only, without the programs and links they would belong to: this is about volume.
      await sql.begin(async (tx) => {
        await tx`set local session_replication_role = replica`;
        await tx`
          insert into clicks (id, occurred_at, program_id, link_id, enrollment_id, billable, is_unique, ip_hash)
          select 'k' || g, now() - g * interval '1 second', gen_random_uuid(), gen_random_uuid(),
                 gen_random_uuid(), true, g % 3 = 0, md5(g::text)
          from generate_series(1, 150000) g`;
        await tx`
          insert into impressions (occurred_at, program_id, link_id, enrollment_id, billable, ip_hash)
          select now(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), true, md5(g::text)
          from generate_series(1, 150000) g`;
      });
    } finally {
      await sql.end();
    }
    folder = await mkdtemp(path.join(tmpdir(), "rally-backup-large-"));
    const file = path.join(folder, "large.backup");
    await backupDatabase(source.url, file, { format: "rally" });

    const target = await freshDatabase();
    databases.push(target);
    await restoreDatabase(target.url, file);
    expect(await counts(target.url)).toEqual({ clicks: "150000", impressions: "150000" });
  }, 120_000);
});
