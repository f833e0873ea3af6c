/**
 * `rally backup` and `rally restore` through pg_dump and pg_restore, on a server of the
 * distribution's own version (the embedded one is newer than any pg_dump here), which
 * `npm run test:integration` installs on Debian when it is missing (scripts/ensure-test-tools.sh).
 */
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "~/server/db/backup/backup-database";
import { restoreDatabase } from "~/server/db/backup/restore-database";
import { createDb } from "~/server/db/client";
import { migrateDatabase } from "~/server/db/migrate";
import { enrollments, ledgerEntries } from "~/server/db/schema/index";
import { balancesFor } from "~/server/services/ledger/balances";
import { createProgram } from "~/server/services/programs/create-program";
import { findOrCreateUser } from "~/server/services/users/find-or-create-user";
import { programInput } from "../../support/factories";
import { distroBinDir, startDistroPostgres, type DistroPostgres } from "./distro-postgres";

const found = await distroBinDir();

describe("backup and restore with pg_dump", () => {
  it("finds the distribution's PostgreSQL (apt-get install postgresql)", () => {
    expect(found).toBeTruthy();
  });

  let server: DistroPostgres;
  let folder: string;
  let source: string;
  const partners: { id: string; currency: string }[] = [];

  beforeAll(async () => {
    server = await startDistroPostgres(found!);
    folder = await mkdtemp(path.join(tmpdir(), "rally-pg-dump-"));
    source = await server.createDatabase("rally_source");
    await migrateDatabase(source);
    const { db, sql } = createDb(source, { max: 2 });
    try {
      const owner = await findOrCreateUser(db, { email: "owner@pg-dump.test", isOwner: true });
      const program = await createProgram({ db, userId: owner.id }, programInput());
      for (const [n, amount] of [1500n, 2750n].entries()) {
        const partner = await findOrCreateUser(db, { email: `partner-${n}@pg-dump.test` });
        const [enrollment] = await db
          .insert(enrollments)
          .values({
            programId: program.id,
            partnerId: partner.id,
            status: "approved",
            acceptedTermsVersion: 1,
          })
          .returning();
        const [entry] = await db
          .insert(ledgerEntries)
          .values({
            programId: program.id,
            enrollmentId: enrollment!.id,
            kind: "commission",
            amount,
            currency: "EUR",
            status: "pending",
            holdUntil: new Date(),
          })
          .returning();
        await db
          .update(ledgerEntries)
          .set({ status: "approved" })
          .where(eq(ledgerEntries.id, entry!.id));
        partners.push({ id: enrollment!.id, currency: "EUR" });
      }
    } finally {
      await sql.end();
    }
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  async function balances(url: string) {
    const { db, sql } = createDb(url, { max: 1 });
    try {
      return Object.fromEntries(await balancesFor(db, partners));
    } finally {
      await sql.end();
    }
  }

  it("backs up with pg_dump's custom format and restores it with pg_restore", async () => {
    const file = path.join(folder, "rally.dump");
    const backup = await backupDatabase(source, file);
    expect(backup.format).toBe("pg_dump");
    const handle = await open(file, "r");
    const start = Buffer.alloc(5);
    await handle.read(start, 0, 5, 0);
    await handle.close();
    expect(start.toString("latin1")).toBe("PGDMP");

    const target = await server.createDatabase("rally_target");
    const restored = await restoreDatabase(target, file);
    expect(restored).toEqual({ format: "pg_dump", pending: [] });
    const expected = await balances(source);
    expect(expected[partners[1]!.id]!.available).toBe(2750n);
    expect(await balances(target)).toEqual(expected);

    await expect(restoreDatabase(target, file)).rejects.toThrow(/--force/);
    await restoreDatabase(target, file, { force: true });
    expect(await balances(target)).toEqual(expected);
  });
});
